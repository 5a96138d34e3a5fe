#!/usr/bin/env bash
# Regenerates the figures of README.md's tour of the examples: runs each example (reduced where
# the full run takes minutes; the reductions are the --set options below, also given in
# README.md) into target/figures/, then shrinks the PNG the runner drew into
# docs/figures/<example>.png: 720 px wide, 256 colours, only the first row of panels where the
# runner drew several (docs/figures/Shrink.java). The FGR-vs-Landau sweep has one output time per
# run, so its figure plots sweep.csv against the number of grid points (docs/figures/SweepPlot.java).
#   docs/figures/make-figures.sh            # all figures, about 2 minutes on 2 cores
#   docs/figures/make-figures.sh landau     # only the examples whose name contains "landau"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
only=${1:-}
out=target/figures
java=(java -Djava.awt.headless=true)

# figure NAME PNG ROWS COMMAND... : runs COMMAND --out target/figures/NAME and keeps the panel
# rows ROWS ("FROM TO" in pixels of the runner's PNG, 360 per row; "all" for the whole image)
figure() {
    local name=$1 png=$2 rows=$3; shift 3
    [[ -z "$only" || "$name" == *"$only"* ]] || return 0
    echo "== $name: $*" >&2
    local start=$SECONDS
    "$@" --out "$out/$name" >"$out/$name.log" 2>&1 || { cat "$out/$name.log" >&2; exit 1; }
    if [ "$rows" = all ]; then
        "${java[@]}" docs/figures/Shrink.java "$out/$name/$png" "docs/figures/$name.png" 720
    else
        # shellcheck disable=SC2086
        "${java[@]}" docs/figures/Shrink.java "$out/$name/$png" "docs/figures/$name.png" 720 $rows
    fi
    echo "   $((SECONDS - start)) s, docs/figures/$name.png" >&2
}
mkdir -p "$out" docs/figures

figure hardrods-fig6-state tba.png all ./rapidity tba examples/hardrods-fig6-state.json
figure liebliniger-thermal tba.png all ./rapidity tba examples/liebliniger-thermal.json
figure liebliniger-strings tba.png all ./rapidity tba examples/liebliniger-strings.json
figure liebliniger-ground-state tba.png all ./rapidity tba examples/liebliniger-ground-state.json
figure hardrods-landau observables.png "0 360" ./rapidity run examples/hardrods-landau.json \
    --fresh --set grid.points=60 --set times.end=200000 --set times.outputs=20
figure hardrods-fig6 sweep.png "0 360" ./rapidity run examples/hardrods-fig6.json --fresh \
    --set 'sweep.values=[2,4]' --set grid.points=60 --set solver.z_points=32 \
    --set times.end=40 --set times.outputs=8 --set times.first=2 --set solver.t_landau=20
figure hardrods-fig6-bbgky sweep.png "0 360" ./rapidity run examples/hardrods-fig6-bbgky.json \
    --fresh --set 'sweep.values=[2,4]' --set grid.points=60 --set solver.z_points=32 \
    --set times.end=40 --set times.outputs=8 --set times.first=2 --set solver.t_landau=20
figure hardrods-md-fig6 sweep.png "0 360" ./rapidity run examples/hardrods-md-fig6.json --fresh \
    --set 'sweep.values=[2,6]' --set solver.samples=40 --set solver.blocks=4 \
    --set times.end=100 --set times.outputs=8 --set times.first=5
figure hardrods-md-fig6-free sweep.png "0 360" ./rapidity run \
    examples/hardrods-md-fig6-free.json --fresh \
    --set 'sweep.values=[2,6]' --set solver.samples=40 --set solver.blocks=4 \
    --set times.end=100 --set times.outputs=8 --set times.first=5
# the release energies and the binding energy per atom in Hz against c̃ (the seventh panel row)
figure cs-ramp-single-tube observables-vs-coupling.png "2160 2520" ./rapidity run \
    examples/cs-ramp-single-tube.json --fresh \
    --set solver.x_points=40 --set grid.points=36 --set solver.strings=12

name=liebliniger-fgr-vs-landau
if [[ -z "$only" || "$name" == *"$only"* ]]; then
    echo "== $name: the full sweep, plotted against grid.points" >&2
    start=$SECONDS
    ./rapidity run examples/$name.json --fresh --out "$out/$name" >"$out/$name.log" 2>&1 \
        || { cat "$out/$name.log" >&2; exit 1; }
    "${java[@]}" -cp "$(ls runner/target/modules/xchart-*.jar)" docs/figures/SweepPlot.java \
        "$out/$name/sweep.csv" "$out/$name/differences.png" cross-difference self-difference \
        2>/dev/null
    "${java[@]}" docs/figures/Shrink.java "$out/$name/differences.png" "docs/figures/$name.png" 720
    echo "   $((SECONDS - start)) s, docs/figures/$name.png" >&2
fi
