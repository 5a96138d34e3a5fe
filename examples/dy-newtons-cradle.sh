#!/usr/bin/env bash
# The gBBGKY paper's Fig. 8 (dipolar quantum Newton's cradle of 162Dy in a 2D lattice of tubes).
#   1. Fig. 8 with its band: the inter-tube Landau evolution of the Bragg-split state over 20 s
#      at θ_DDI = 0, 5, …, 90° and ρ̄ = 0.8/μm × (1 - 0.13, 1, 1 + 0.13), log DT fitted over the
#      last 10 s ((84)); rates in 1/s in out/dy-newtons-cradle/fig8.csv. On POINTS rapidities
#      (default 150, the paper's grid on ±4.4 ħk_D: 3-9 s per angle, the whole script 5.8 min on
#      2 shared cores; POINTS=60 is the coarser grid of the first Fig. 8 table in docs/multitube.md).
#   2. The instantaneous rate -d ln DT/dt at ρ_init on the paper's grid (seconds):
#      out/dy-newtons-cradle/rates-at-init.csv.
#   3. The inset: ρ_init and ρ_th (tba.csv, tba.png) on a grid wide enough for ρ_th.
#   4. With --linearised: the gap of the linearised operator Γ (85) about ρ_th at 0° and 90°
#      (summary.json: linearised_gap, linearised_t_therm), on the wide grid (minutes).
# Usage: examples/dy-newtons-cradle.sh [--linearised]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=out/dy-newtons-cradle
points=${POINTS:-150}
mkdir -p "$out"
unit_s=0.0050994304918292945   # the time unit 2m μm²/ħ of 162Dy, in s
for d in 0.696 0.8 0.904; do
  ./rapidity run examples/dy-newtons-cradle.json --fresh --no-plots --set "state.density=$d" \
    --set "grid.points=$points" --out "$out/density=$d"
  ./rapidity run examples/dy-newtons-cradle-rates.json --fresh --no-plots \
    --set "state.density=$d" --out "$out/rates-density=$d"
done
# fig8.csv: θ_DDI (deg), rate 1/t_therm (1/s) at ρ̄ = 0.696, 0.8, 0.904 per μm
fitted() {  # fitted thermalisation time of one run (time units) -> rate in 1/s
  sed -n 's/.*"thermalisation_time" : \([-0-9.eE+]*\).*/\1/p' "$1/summary.json" |
    awk -v u="$unit_s" '{ printf "%.6g", 1 / ($1 * u) }'
}
{
  echo "theta_DDI_deg,rate_per_s_low,rate_per_s,rate_per_s_high"
  for dir in "$out"/density=0.8/model.theta_DDI=*; do
    a=${dir##*=}
    echo "$a,$(fitted "$out/density=0.696/model.theta_DDI=$a"),$(fitted "$dir"),$(fitted \
      "$out/density=0.904/model.theta_DDI=$a")"
  done | sort -t, -k1,1g
} > "$out/fig8.csv"
# rates-at-init.csv: θ_DDI, c̃ (1/μm), K_⊥, -d ln DT/dt at t = 0 (1/s) at the three densities
{
  echo "theta_DDI_deg,c_per_um,k_perp,rate_per_s_low,rate_per_s,rate_per_s_high"
  paste -d, "$out/rates-density=0.696/sweep.csv" "$out/rates-density=0.8/sweep.csv" \
      "$out/rates-density=0.904/sweep.csv" | tail -n +2 | sort -t, -k1,1g |
    awk -F, -v n="$(head -1 "$out/rates-density=0.8/sweep.csv" | tr ',' '\n' | wc -l)" '{
      # each sweep.csv: theta,time,dt-rate,dt-rate-per-s,c-per-um,c-ddi-per-um,k-perp,…
      printf "%s,%s,%s,%s,%s,%s\n", $1, $5, $7, $4, $(n + 4), $(2 * n + 4) }'
} > "$out/rates-at-init.csv"
echo "wrote $out/fig8.csv, $out/rates-at-init.csv"
./rapidity tba examples/dy-newtons-cradle-inset.json
./rapidity tba examples/dy-newtons-cradle-inset.json --set state.thermal=true \
  --out "$out/inset-thermal"
if [ "${1:-}" = "--linearised" ]; then
  for a in 0 90; do
    ./rapidity run examples/dy-newtons-cradle-rates.json --fresh --no-plots \
      --set "sweep.values=[$a]" --set solver.linearise=16 \
      --set grid.min=-93.2727 --set grid.max=93.2727 --set grid.points=376 \
      --out "$out/linearised-$a"
  done
fi
