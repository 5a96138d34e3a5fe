#!/usr/bin/env bash
# Molecular dynamics against the generalised Landau equation in the gBBGKY paper's Fig. 6
# setting: for V0 = 1 … 6, 1000 MD samples to t = 2000, and the landau solver started from the MD
# rapidity distribution at t_L = 10ξ = 200; kurtosis changes compared in units of the MD standard
# error. Writes solvers/target/md-vs-landau.md and the MD states at t_L and t = 1000
# (solvers/target/md-state-*.csv); about 16 minutes on 2 cores shared with other jobs. The test
# asserts that MD and Landau agree within 3σ at V0 = 1 (where the MD error is small enough to see
# a factor 2 in the collision integral) and that MD/Landau grows with V0 (see README). Pass
# -Dmd.fig6.v0=1,2 etc. through MD_ARGS to run a subset. CI runs a reduced version
# (MdVersusLandauTest).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -pl solvers -am verify -Dtest=MdVersusLandauTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmd.fig6=full ${MD_ARGS:-}
status=$?
cat solvers/target/md-vs-landau.md
exit $status
