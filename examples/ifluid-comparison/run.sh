#!/usr/bin/env bash
# The comparison of examples/ifluid-comparison/README.md, end to end.
#   examples/ifluid-comparison/run.sh IFLUID_CLONE [BETHEFLUID_CLONE]
# IFLUID_CLONE: git clone https://github.com/integrableFluid/iFluidMatlab (adapted for Octave
# here on first use); BETHEFLUID_CLONE: git clone https://github.com/mkpanfil/BetheFluid.
# Writes into this folder: ifluid-results.csv, ifluid-profiles.csv, bethefluid-results.csv,
# bethefluid-profiles.csv, rapidity-results.csv, rapidity-results-cfl4.csv,
# rapidity-results-free.csv (existing result
# files are replaced), then prints compare.py's tables.
# Every code runs with one BLAS thread; the comparison is made on process CPU seconds.
# PYTHON: the interpreter with numpy, tqdm and dill for BetheFluid (default python3).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ifluid=$(cd "${1:?usage: run.sh IFLUID_CLONE [BETHEFLUID_CLONE]}" && pwd)
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
cd "$root"
if [ ! -f "$here/bipartition-exact.csv" ]; then
  mvn -B -q -pl solvers -am verify -Pvalidation -Dtest=BipartitionExactProfiles \
      -Dsurefire.failIfNoSpecifiedTests=false -Dexact.out="$here/bipartition-exact.csv"
fi
"$here/octave_compat.sh" "$ifluid"
rm -f "$here"/ifluid-results.csv "$here"/ifluid-profiles.csv
octave --no-gui -q --path "$here" --eval \
  "ifluid_bipartition('$ifluid', 'all', '$here', [1 2 4]); ifluid_bipartition('$ifluid', 'liebliniger', '$here', [1 2], 'RK4'); ifluid_bipartition('$ifluid', 'liebliniger', '$here', [1 2 4 8], 'RK2', 4); ifluid_bipartition('$ifluid', 'hardrods', '$here', [1 2 4 8], 'RK2', 4)"
if [ $# -ge 2 ]; then
  rm -f "$here"/bethefluid-results.csv "$here"/bethefluid-profiles.csv
  "${PYTHON:-python3}" "$here/bethefluid_bipartition.py" "$(cd "$2" && pwd)" "$here"
fi
for cfl in 1 4; do
  out="$here/rapidity-results.csv"; [ $cfl = 1 ] || out="$here/rapidity-results-cfl$cfl.csv"
  mvn -B -q -pl solvers -am verify -Pvalidation -Dtest=BipartitionCostTable \
      -Dsurefire.failIfNoSpecifiedTests=false -Dcost.out="$out" -Dcost.cfl=$cfl
done
mvn -B -q -pl solvers -am verify -Pvalidation -Dtest=BipartitionCostTable \
    -Dsurefire.failIfNoSpecifiedTests=false -Dcost.out="$here/rapidity-results-free.csv" \
    -Dcost.schemes=free-coordinate -Dcost.levels=1,2,4,8,16
"${PYTHON:-python3}" "$here/compare.py" "$here"
