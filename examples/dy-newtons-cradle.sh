#!/usr/bin/env bash
# The gBBGKY paper's Fig. 8 (dipolar quantum Newton's cradle of 162Dy in a 2D lattice of tubes):
#   1. the rate 1/t_therm = -d ln DT/dt ((83)-(84)) from the inter-tube Landau integral at the
#      Bragg-split state, against θ_DDI = 0…90° (19 angles), at ρ̄ = 0.8/μm and at
#      ρ̄ × (1 ± 0.13) (the band): out/dy-newtons-cradle/fig8.csv, rates in 1/s;
#   2. the inset: ρ_init and ρ_th (tba.csv, tba.png) on a grid wide enough for ρ_th;
#   3. with --evolve: Landau evolutions over 20 s at θ_DDI = 0, 30, 55, 90° (log DT fitted over
#      the last 10 s, summary.json) and the linearised gap Γ (85) at 0° and 90° (several
#      minutes each on 2 cores).
# Usage: examples/dy-newtons-cradle.sh [--evolve]   (from the repository root or anywhere)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=out/dy-newtons-cradle
mkdir -p "$out"
for d in 0.696 0.8 0.904; do
  ./rapidity run examples/dy-newtons-cradle.json --fresh --no-plots --set "state.density=$d" \
    --out "$out/density=$d"
done
# fig8.csv: θ_DDI (deg), c̃ (1/μm), K_⊥, rate (1/s) at 0.696, 0.8, 0.904 per μm
{
  echo "theta_DDI_deg,c_per_um,k_perp,rate_per_s_low,rate_per_s,rate_per_s_high"
  paste -d, "$out/density=0.696/sweep.csv" "$out/density=0.8/sweep.csv" \
      "$out/density=0.904/sweep.csv" | tail -n +2 | sort -t, -k1,1g |
    awk -F, -v n="$(head -1 "$out/density=0.8/sweep.csv" | tr ',' '\n' | wc -l)" '{
      # columns of each sweep.csv: theta,time,dt-rate,dt-rate-per-s,c-per-um,c-ddi-per-um,k-perp,…
      printf "%s,%s,%s,%s,%s,%s\n", $1, $5, $7, $4, $(n + 4), $(2 * n + 4) }'
} > "$out/fig8.csv"
echo "wrote $out/fig8.csv"
./rapidity tba examples/dy-newtons-cradle-inset.json
./rapidity tba examples/dy-newtons-cradle-inset.json --set state.thermal=true \
  --out "$out/inset-thermal"
if [ "${1:-}" = "--evolve" ]; then
  ./rapidity run examples/dy-newtons-cradle-evolution.json --fresh
  for a in 0 90; do
    ./rapidity run examples/dy-newtons-cradle.json --fresh --no-plots \
      --set "sweep.values=[$a]" --set solver.linearise=16 \
      --set grid.min=-93.2727 --set grid.max=93.2727 --set grid.points=376 \
      --out "$out/linearised-$a"
  done
fi
