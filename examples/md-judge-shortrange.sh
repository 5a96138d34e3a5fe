#!/usr/bin/env bash
# Molecular dynamics as the judge at shorter range (issue 17, item 3): the Fig. 6 state of hard
# rods (a = 1, two lumps) at ξ = 5 and 10, V0 = 1, 2, to t = 10ξ: MD (L = 20ξ, SAMPLES_5 /
# SAMPLES_10 samples, chosen so that the jackknife error of the kurtosis stays below 0.0033, i.e.
# a 0.01 difference is >= 3σ) against the two-point hierarchy with the Kubo closure (GRID
# rapidities × ZP separations), the hierarchy with the full three-point layer (49) (same grids,
# g3 on G3 × G3 separations: a window |s| <= G3·Δz/2 = 2.5ξ at G3 = 8, the convergence criterion
# of docs/solvers/hierarchy.md; time step H3 ξ) and the generalised Landau equation, all from the
# same initial state. Writes OUT/table.md (kurtosis, MD error and z = (K_theory - K_MD)/σ_MD at
# every output), OUT/md-judge.png (examples/MdJudgePlot.java) and each run's sweep.csv. Runs
# already complete are reused. The three-point layer runs one V0 at a time (3pt-xiX-vV); the run
# at ξ = 5, V0 = 2 continues to 20ξ (outputs every 2ξ past 10ξ) for the late rate of
# examples/late-rate-xi5.sh, which reads it from here. MD, Kubo and Landau take about 10 minutes on
# 2 shared cores, the three-point layer 15-60 minutes per run under load (docs/fig7.md).
# Reduced (a smoke run, not a measurement, ~2 min): XIS=5 V0S=2 END_XI=1 SAMPLES_5=400 LATE=.
# T3_XIS=5 leaves out the three-point runs at ξ = 10 (about an hour each under load).
# MD_LATE=1 continues MD to 2·END_XI·ξ with outputs at 2·END_XI·ξ·j/10, j = 6 … 10, beside the
# same log-spaced ones (its values there reproduce the default run's digit for digit): the MD of
# FULL=1 examples/late-rate-xi5.sh (about 15 s CPU at ξ = 5, one V0; OUT/md-xi5).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${OUT:-$PWD/out/md-judge-shortrange}"
GRID="${GRID:-60}"; ZP="${ZP:-32}"; HDT="${HDT:-0.5}"
SAMPLES_5="${SAMPLES_5:-12000}"; SAMPLES_10="${SAMPLES_10:-6000}"
G3="${G3:-8}"; H3="${H3:-0.1}"; XIS="${XIS:-5 10}"; V0S="${V0S:-1 2}"
T3_XIS="${T3_XIS-$XIS}"  # the ξ that get three-point runs (the others leave the column empty)
END_XI="${END_XI:-10}"   # the runs end at t = END_XI·ξ
LATE="${LATE-5:2}"       # the (ξ:V0) whose three-point run continues to 2·END_XI·ξ (none: "")
MD_LATE="${MD_LATE:-0}"  # 1: MD also continues to 2·END_XI·ξ (outputs every END_XI·ξ/5 past END_XI·ξ)
mkdir -p "$out"
# A hierarchy that stops early (e.g. a density turning negative in the tails beyond
# solver.negative_tail, which 60 rapidities on [-7, 7] do not resolve) keeps the outputs it reached
# in observables.csv; it is marked "stopped" and not rerun, and the table has what it reached.
run() { # name descriptor args...
  local dir="$out/$1"; shift
  [ -s "$dir/sweep.csv" ] || [ -e "$dir/stopped" ] || nice -n 10 ./rapidity run "$@" --out "$dir" \
    --fresh --no-plots || { touch "$dir/stopped"; echo "md-judge-shortrange: $dir stopped early" >&2; }
}
v0list="[$(echo $V0S | tr ' ' ',')]"
for xi in $XIS; do
  end=$((END_XI * xi)); rods=$((4 * xi)); samples="SAMPLES_$xi"; dt=$([ "$xi" = 5 ] && echo 0.1 || echo 0.25)
  common=(--set "sweep.values=$v0list" --set perturbations.0.xi="$xi" --set times.end="$end"
          --set times.first=1 --set times.outputs=12 --set 'observables=["kurtosis"]')
  # the output times of the runs below, 0 and t_k = end^(k/11) (log spacing from t = 1), given
  # explicitly (the first is the start) so that the late runs can add 2·end·j/10, j = 6 … 10
  logt=$(awk -v e="$end" 'BEGIN { printf "0"; for (k = 0; k <= 11; k++) printf ",%.15g", e ^ (k / 11) }')
  late=$(awk -v e="$end" 'BEGIN { for (j = 6; j <= 10; j++) printf ",%.15g", 2 * e * j / 10 }')
  mdtimes=(); [ "$MD_LATE" != 1 ] || mdtimes=(--set "times={\"at\":[$logt$late]}")
  run "md-xi$xi" examples/hardrods-md-fig6.json "${common[@]}" --set solver.rods="$rods" \
    --set solver.samples="${!samples}" --set solver.blocks=40 --set solver.dt="$dt" ${mdtimes[@]+"${mdtimes[@]}"}
  run "kubo-xi$xi" examples/hardrods-fig6.json "${common[@]}" --set grid.points="$GRID" \
    --set solver.z_points="$ZP" --set solver.time_step="$HDT" --set stages.0.from="$end" \
    --set output.time_scale="$xi"
  run "landau-xi$xi" examples/hardrods-landau.json "${common[@]}" --set solver.linearise=0 \
    --set "sweep={\"parameter\":\"perturbations.0.V0\",\"values\":$v0list}"
  case " $T3_XIS " in *" $xi "*) ;; *) continue ;; esac
  for v0 in $V0S; do
    at="$logt"
    [ "$LATE" = "$xi:$v0" ] && at="$logt$late"
    run "3pt-xi$xi-v$v0" examples/hardrods-fig6.json "${common[@]}" --set "sweep.values=[$v0]" \
      --set "times={\"at\":[$at]}" --set grid.points="$GRID" --set solver.z_points="$ZP" \
      --set solver.time_step="$(awk -v x="$xi" -v h="$H3" 'BEGIN { print x * h }')" \
      --set stages.0.from=1e9 --set output.time_scale="$xi" --set truncation.name=three-point \
      --set solver.g3_points="$G3"
  done
  # one sweep-like csv of the three-point layer for this ξ, from the runs' observables.csv
  { echo "perturbations.0.V0,time,kurtosis"
    for v0 in $V0S; do
      csv="$out/3pt-xi$xi-v$v0/perturbations.0.V0=$v0/observables.csv"
      [ ! -s "$csv" ] || awk -F, -v v="$v0" 'NR > 1 { print v "," $1 "," $2 }' "$csv"
    done; } > "$out/3pt-xi$xi.csv"
done
{
  echo "| ξ | V0 | t | K_MD | σ_MD | K_Kubo | z_Kubo | K_Landau | z_Landau | K_3pt | z_3pt |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for xi in $XIS; do
    awk -F, -v xi="$xi" '
      FNR == 1 { f++; next }
      { key = $1 "," sprintf("%.4g", $2) }
      f == 1 { k[key] = $3; e[key] = $4; order[++n] = key }
      f == 2 { kb[key] = $3 }
      f == 3 { kl[key] = $3 }
      f == 4 { k3[key] = $3 }
      END { for (i = 1; i <= n; i++) { key = order[i]; split(key, p, ",")
              if (!(key in kb)) continue  # MD_LATE outputs past the Kubo run
              printf "| %s | %s | %s | %.4f | %.4f | %.4f | %+.1f | %.4f | %+.1f |", xi, p[1], p[2],
                k[key], e[key], kb[key], (kb[key] - k[key]) / e[key], kl[key], (kl[key] - k[key]) / e[key]
              if (key in k3) printf " %.4f | %+.1f |\n", k3[key], (k3[key] - k[key]) / e[key]
              else printf " | |\n" } }
    ' "$out/md-xi$xi/sweep.csv" "$out/kubo-xi$xi/sweep.csv" "$out/landau-xi$xi/sweep.csv" \
      "$([ -s "$out/3pt-xi$xi.csv" ] && echo "$out/3pt-xi$xi.csv" || echo /dev/null)"
  done
} > "$out/table.md"
cat "$out/table.md"
java -cp "$(ls runner/target/modules/xchart-*.jar)" examples/MdJudgePlot.java "$out"
echo "wrote $out/table.md and $out/md-judge.png"
