#!/usr/bin/env bash
# Molecular dynamics as the judge at shorter range (issue 17, item 3): the Fig. 6 state of hard
# rods (a = 1, two lumps) at ξ = 5 and 10, V0 = 1, 2, to t = 10ξ: MD (L = 20ξ, SAMPLES_5 /
# SAMPLES_10 samples, chosen so that the jackknife error of the kurtosis stays below 0.0033, i.e.
# a 0.01 difference is >= 3σ) against the two-point hierarchy with the Kubo closure (GRID
# rapidities × ZP separations) and the generalised Landau equation, both from the same initial
# state. Writes OUT/table.md (kurtosis, MD error and z = (K_theory - K_MD)/σ_MD at every output;
# a column is left for the three-point layer), OUT/md-judge.png (examples/MdJudgePlot.java) and
# each run's sweep.csv. Runs already complete
# are reused. About 10 minutes on 2 shared cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${OUT:-$PWD/out/md-judge-shortrange}"
GRID="${GRID:-60}"; ZP="${ZP:-32}"; HDT="${HDT:-0.5}"
SAMPLES_5="${SAMPLES_5:-12000}"; SAMPLES_10="${SAMPLES_10:-6000}"
mkdir -p "$out"
run() { # name descriptor args...
  local dir="$out/$1"; shift
  [ -s "$dir/sweep.csv" ] || nice -n 10 ./rapidity run "$@" --out "$dir" --fresh --no-plots
}
for xi in 5 10; do
  end=$((10 * xi)); rods=$((4 * xi)); samples="SAMPLES_$xi"; dt=$([ "$xi" = 5 ] && echo 0.1 || echo 0.25)
  common=(--set 'sweep.values=[1,2]' --set perturbations.0.xi="$xi" --set times.end="$end"
          --set times.first=1 --set times.outputs=12 --set 'observables=["kurtosis"]')
  run "md-xi$xi" examples/hardrods-md-fig6.json "${common[@]}" --set solver.rods="$rods" \
    --set solver.samples="${!samples}" --set solver.blocks=40 --set solver.dt="$dt"
  run "kubo-xi$xi" examples/hardrods-fig6.json "${common[@]}" --set grid.points="$GRID" \
    --set solver.z_points="$ZP" --set solver.time_step="$HDT" --set stages.0.from="$end" \
    --set output.time_scale="$xi"
  run "landau-xi$xi" examples/hardrods-landau.json "${common[@]}" --set solver.linearise=0 \
    --set 'sweep={"parameter":"perturbations.0.V0","values":[1,2]}'
done
{
  echo "| ξ | V0 | t | K_MD | σ_MD | K_Kubo | z_Kubo | K_Landau | z_Landau | K_3pt | z_3pt |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for xi in 5 10; do
    awk -F, -v xi="$xi" '
      FNR == 1 { f++; next }
      { key = $1 "," sprintf("%.4g", $2) }
      f == 1 { k[key] = $3; e[key] = $4; order[++n] = key }
      f == 2 { kb[key] = $3 }
      f == 3 { kl[key] = $3 }
      END { for (i = 1; i <= n; i++) { key = order[i]; split(key, p, ",")
              printf "| %s | %s | %s | %.4f | %.4f | %.4f | %+.1f | %.4f | %+.1f | | |\n", xi, p[1], p[2],
                k[key], e[key], kb[key], (kb[key] - k[key]) / e[key], kl[key], (kl[key] - k[key]) / e[key] } }
    ' "$out/md-xi$xi/sweep.csv" "$out/kubo-xi$xi/sweep.csv" "$out/landau-xi$xi/sweep.csv"
  done
} > "$out/table.md"
cat "$out/table.md"
java -cp "$(ls runner/target/modules/xchart-*.jar)" examples/MdJudgePlot.java "$out"
echo "wrote $out/table.md and $out/md-judge.png"
