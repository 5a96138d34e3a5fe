#!/usr/bin/env bash
# Fig. 6 of the gBBGKY paper three ways: molecular dynamics (examples/hardrods-md-fig6.json, 1000
# samples per V0, ~10 min) against the hybrid the paper uses (the hierarchy with the Kubo closure
# up to t_L = 10ξ, then the Landau equation; examples/hardrods-fig6.json). Prints, per V0 and at
# a few times, the MD kurtosis with its jackknife error, the hybrid's, and their difference in
# units of the MD standard error.
#
#   examples/md-vs-hierarchy.sh                      # both runs, then the table
#   MD_OUT=out/hardrods-md-fig6 examples/md-vs-hierarchy.sh --set grid.points=60 --set solver.z_points=64
#
# An MD output directory that already holds sweep.csv is reused (MD_OUT); extra arguments go to
# the hybrid run (e.g. 80 rapidities × 64 separations, 1–3 min per V0; 60 rapidities are too few
# for V0 ≥ 5, whose correlations filament: the solver stops). MD_ARGS go to the MD run, TIMES to
# both (they must produce the same output times). With MAX_Z set, the script fails when
# |K_hybrid - K_MD| exceeds MAX_Z MD standard errors at some t <= t_L (the hierarchy's part) or
# when the MD kurtosis has not moved by more than 10 standard errors (CI's reduced run).
set -euo pipefail
cd "$(dirname "$0")/.."
MD_OUT=${MD_OUT:-out/hardrods-md-fig6}
HYB_OUT=${HYB_OUT:-out/hardrods-fig6-vs-md}
# The MD example's output times: 40 log-spaced from 2 to 2000 (and 0).
TIMES=${TIMES:---set times.end=2000 --set times.outputs=40 --set times.first=2}
if [ ! -s "$MD_OUT/sweep.csv" ]; then
    # shellcheck disable=SC2086
    ./rapidity run examples/hardrods-md-fig6.json --out "$MD_OUT" --fresh --no-plots $TIMES ${MD_ARGS:-}
fi
# shellcheck disable=SC2086
./rapidity run examples/hardrods-fig6.json --out "$HYB_OUT" --fresh --no-plots $TIMES "$@"

awk -F, -v tl=200 -v maxz="${MAX_Z:-}" '
    FNR == 1 { for (i = 1; i <= NF; i++) col[FILENAME, $i] = i; next }
    {
        v = $col[FILENAME, "perturbations.0.V0"] + 0; t = sprintf("%.4g", $col[FILENAME, "time"])
        k = $col[FILENAME, "kurtosis"]
        if (FILENAME == md) { kmd[v, t] = k; err[v, t] = $col[FILENAME, "kurtosis_err"]; vs[v] = 1; ts[t] = $col[FILENAME, "time"] + 0 }
        else khyb[v, t] = k
    }
    END {
        printf "%4s %9s %18s %10s %7s\n", "V0", "t", "K_MD", "K_hybrid", "z"
        for (v = 1; v <= 100; v++) if (v in vs) {
            zmax1 = 0; zmax2 = 0
            for (t in ts) if ((v, t) in khyb && (v, t) in kmd && err[v, t] > 0) {
                z = (khyb[v, t] - kmd[v, t]) / err[v, t]
                if (ts[t] <= tl && (z > zmax1 || -z > zmax1)) zmax1 = (z < 0 ? -z : z)
                if (ts[t] > tl && (z > zmax2 || -z > zmax2)) zmax2 = (z < 0 ? -z : z)
                row[ts[t]] = sprintf("%4g %9.4g %10.4f ± %.4f %10.4f %+7.1f", v, ts[t], kmd[v, t], err[v, t], khyb[v, t], z)
            }
            n = 0; for (x in row) keys[++n] = x + 0
            for (i = 2; i <= n; i++) { x = keys[i]; for (j = i - 1; j >= 1 && keys[j] > x; j--) keys[j + 1] = keys[j]; keys[j + 1] = x }
            for (i = 1; i <= n; i++) if (i % 4 == 1 || i == n) print row[keys[i]]
            printf "V0 = %g: largest |z| %.1f for t <= t_L = %g, %.1f after\n\n", v, zmax1, tl, zmax2
            if (maxz != "" && zmax1 > maxz) { print "FAIL: MD and hierarchy differ by more than " maxz " sigma"; bad = 1 }
            if (maxz != "" && (kmd[v, tlast(v)] - kmd[v, "0"]) < 10 * err[v, tlast(v)]) { print "FAIL: the MD kurtosis did not move"; bad = 1 }
            delete row; delete keys
        }
        exit bad
    }
    function tlast(v,   t, best, bt) { best = -1; for (t in ts) if ((v, t) in kmd && ts[t] > best) { best = ts[t]; bt = t } return bt }
    ' md="$MD_OUT/sweep.csv" "$MD_OUT/sweep.csv" "$HYB_OUT/sweep.csv"
