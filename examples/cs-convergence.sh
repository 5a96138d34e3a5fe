#!/usr/bin/env bash
# Convergence of the strings paper's quoted numbers (issue 19) in the grid (positions ×
# rapidities), n_max (model.strings) and the atom-number bins (ensemble.bins).
#
# Each run is one of the figure examples with --set overrides: cs-fig2.json (release energies
# fitted after time of flight, E_3D - E_1D and n*), cs-fig3.json reduced to its 15 nK series
# (the FWHM after time of flight; the paper quotes 15 nK only) and cs-fig4.json (the contact
# ratio at |c~| = 1). Its quoted-vs-rapidity.csv holds rapidity's value beside each quoted
# number (the fitted one, and the asymptotic one in also_rapidity); this script collects them
# into out/cs-convergence/convergence.md, one row per (figure, variant), one column per quoted
# number ("fitted / asymptotic" where both exist). Runs already complete (their
# quoted-vs-rapidity.csv exists) are reused: delete a run's folder to redo it.
#
# Variants (VARIANTS, default all): base = the examples as they are (48 positions, 36
#   rapidities, 48 strings, 4 bins; cs-fig2 72 rapidities and 96 strings); grid = 72 × 54,
#   fine = 96 × 72 (positions × rapidities; for cs-fig2 72 × 108 and 96 × 144, its base
#   having 72 rapidities); stringsN = n_max N (e.g. strings8, strings16); binsN = N
#   atom-number bins.
# FIGS (default "fig2 fig3 fig4") picks the figures; fig4u is Fig. 4 at four outputs with the
#   release energies, for the contact ratio as the experiment infers it (U from E_3D).
# REPULSIVE=1 stops the ramps of Figs. 2 and 3 before the crossing gap (Fig. 2 at c~ = 1.3,
#   Fig. 3 at 1.6 per um): only the repulsive numbers, a few minutes per run. The attractive
#   side depends on how the GHD crossing of c = 0 keeps the atoms on reduced grids
#   (docs/experiment.md); Fig. 4 always runs to c~ = -2.
# REDUCED=1 is the quick check (CI-sized, about 2 minutes per figure): the coarse grid of
#   CsFigureExampleTest (24 × 26, 8 strings, gap 0.9), 1 and 2 bins, few outputs.
# Full runs take 5-15 minutes each on 2 shared cores (Fig. 2 with time of flight the longest).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${OUT:-$PWD/out/cs-convergence}"
FIGS="${FIGS:-fig2 fig3 fig4}"
if [ "${REDUCED:-0}" = 1 ]; then
  out="${OUT:-$PWD/out/cs-convergence-reduced}"
  base=(--set solver.x_points=24 --set grid.points=26 --set grid.tolerance=1e-3
        --set model.strings=8 --set solver.crossing_gap=0.9 --set solver.conservation=0.1)
  VARIANTS="${VARIANTS:-bins1 bins2}"
else
  base=()
  VARIANTS="${VARIANTS:-base bins2 bins8 strings8 strings16 grid}"
fi
variant() { # the --set options of a variant ($1) for a figure ($2)
  case "$1" in
    base) ;;
    grid) if [ "$2" = fig2 ]; then echo "--set solver.x_points=72 --set grid.points=108"
          else echo "--set solver.x_points=72 --set grid.points=54"; fi ;;
    fine) if [ "$2" = fig2 ]; then echo "--set solver.x_points=96 --set grid.points=144"
          else echo "--set solver.x_points=96 --set grid.points=72"; fi ;;
    strings*) echo "--set model.strings=${1#strings}" ;;
    bins*) echo "--set ensemble.bins=${1#bins}" ;;
    *) echo "unknown variant '$1' (base, grid, fine, stringsN, binsN)" >&2; exit 2 ;;
  esac
}
fopts=()
figure() { # the --set options of a figure, into fopts
  fopts=()
  case "$1" in
    fig2)
      if [ "${REPULSIVE:-0}" = 1 ]; then fopts=(--set times.end=13.2035 --set times.outputs=7)
      elif [ "${REDUCED:-0}" = 1 ]; then fopts=(--set times.outputs=8); fi ;;
    fig3)
      fopts=(--set 'figure.series=[{"label": "15nK", "set": {"ensemble.data_set": "fig3-15nK",
        "state.temperature": "15 nK", "drives.0.frequency": "28.8 Hz"}}]')
      if [ "${REPULSIVE:-0}" = 1 ]; then fopts+=(--set 'times.at=[0, 1.7605, 3.6467, 6.1616]');
      elif [ "${REDUCED:-0}" = 1 ]; then fopts+=(--set 'times.at=[0, 3.6467, 6.1616, 28.79]'); fi ;;
    fig4)
      if [ "${REDUCED:-0}" = 1 ]; then fopts=(--set times.outputs=27); fi ;;
    fig4u) # Fig. 4 with the release energies, at c~ = 3.4, 1, 0.85 (the gap's edge), -1
      fopts=(--set 'observables=["coupling", "trap-totals", "density-profile",
        "pair-correlation", "virial", "release-energies", "time-of-flight"]'
        --set 'times={"at": [0, 15.0898, 16.0329, 27.6646]}') ;;
    *) echo "unknown figure '$1' (fig2, fig3, fig4, fig4u)" >&2; exit 2 ;;
  esac
}
suffix=""; [ "${REPULSIVE:-0}" = 1 ] && suffix="-repulsive"
for f in $FIGS; do
  figure "$f"
  for v in $VARIANTS; do
    dir="$out/$f$suffix/$v"
    [ -s "$dir/quoted-vs-rapidity.csv" ] && { echo "reusing $dir"; continue; }
    # shellcheck disable=SC2046  # a variant's options are words without blanks
    nice -n 10 /usr/bin/time -f "$f$suffix $v: %e s wall, %U+%S s CPU" ./rapidity run \
      "examples/cs-${f%u}.json" --out "$dir" --no-plots "${base[@]}" "${fopts[@]}" \
      $(variant "$v" "${f%u}") 2>&1 | grep -E "wall|wrote the figure|rror|warning" || true
  done
done
# the table: per quoted number, column@c~ (where rapidity's value is taken: the gap's edge for a
# number quoted inside the crossing gap), "fitted / asymptotic"
table="$out/convergence.md"
{
  echo "| figure | variant | quoted numbers: rapidity (fitted / asymptotic) |"
  echo "|---|---|---|"
  for d in "$out"/*/*/; do
    q="$d/quoted-vs-rapidity.csv"
    [ -s "$q" ] || continue
    fig=$(basename "$(dirname "$d")"); v=$(basename "$d")
    cells=$(awk -F, 'NR > 1 { at = ($4 == "" ? "" : sprintf("@%.3g", $4));
        printf "%s%s: %.4g", (n++ ? "; " : ""), $2 at, $6;
        if ($10 != "") printf " / %.4g", $10 }' "$q")
    echo "| $fig | $v | $cells |"
  done
} > "$table"
# fig4u: the contact ratio as the experiment infers it (main text on Fig. 4): U from the 3D
# release energy, on the attractive side U = 2 E_3D(c~ = 0) - E_3D(c~) (E_com taken as E_3D(0),
# <E_b> = E_3D - E_3D(0)); C/N = 2c(U - E_V/N) (hbar = 2m = 1); E_3D(0) at the gap's edge
for d in "$out"/fig4u/*/; do
  [ -s "$d/observables.csv" ] || continue
  awk -F, -v v="$(basename "$d")" 'NR == 1 { for (i = 1; i <= NF; i++) k[$i] = i; next }
    { c = $k["coupling"]; ev = $k["potential-energy"] / $k["atom-number"];
      u = $k["internal-energy"] / $k["atom-number"];
      row[NR] = c; e3[NR] = $k["release-energy-3d-tof"]; s3[NR] = $k["release-energy-3d"];
      evs[NR] = ev; us[NR] = u }
    END { for (r in row) { if (row[r] > 0 && (z == "" || row[r] < row[z])) z = r;
                           if (row[r] > 0.99 && row[r] < 1.01) p = r;
                           if (row[r] < -0.99 && row[r] > -1.01) m = r }
      fp = 2 * (e3[p] - evs[p]); fm = -2 * (2 * e3[z] - e3[m] - evs[m]);
      sp = 2 * (s3[p] - evs[p]); sm = -2 * (2 * s3[z] - s3[m] - evs[m]);
      xp = 2 * (us[p] - evs[p]); xm = -2 * (us[m] - evs[m]);
      printf "fig4u %s: contact ratio C(-1)/C(+1) with U as the experiment infers it: %.3f" \
        " (fitted E_3D), %.3f (S3 E_3D); with the exact U: %.3f\n", v, fm / fp, sm / sp, xm / xp }' \
    "$d/observables.csv" | tee -a "$table"
done
