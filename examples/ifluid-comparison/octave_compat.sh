#!/usr/bin/env bash
# Makes a clone of iFluid (https://github.com/integrableFluid/iFluidMatlab, tested at commit
# 92726103bfc4b0a653c83893947d07023e4d90de, 2024-12-10) run under GNU Octave 7. iFluid is
# written for MATLAB; four constructs fail in Octave 7.3, and each edit below replaces one of
# them without changing what is computed:
#   1. declarations in "methods (Abstract ...)" blocks do not parse outside @-folders:
#      they are commented out (they only declare what subclasses implement);
#   2. fluidcell derives from matlab.mixin.CustomDisplay (display only): dropped;
#   3. verLessThan('MATLAB', '9.9') (chooses a loop when pagemtimes is missing): replaced by
#      ~exist('pagemtimes'), the condition it stands for (Octave 7 has no pagemtimes);
#   4. protected methods of the solver subclasses called from their superclass are refused by
#      Octave: the solvers' protected method blocks are made public;
#   5. Octave's interp2(..., 'spline') accepts only gridded query points: the BSL solver's call
#      goes to scattered_interp2.m (this folder), the same tensor-product not-a-knot spline
#      evaluated at scattered points.
# Usage: octave_compat.sh PATH/TO/iFluidMatlab   (edits that clone in place; run once)
set -euo pipefail
root=${1:?usage: octave_compat.sh PATH/TO/iFluidMatlab}
cd "$root"
if grep -q scattered_interp2 solvers/AdvectionSolver_BSL.m; then
  echo "already adapted: $root"; exit 0
fi
for f in iFluid/iFluidSolver.m iFluid/iFluidCore.m solvers/AdvectionSolver_BSL.m solvers/AdvectionSource.m; do
  perl -0pi -e 's/^(methods \(Abstract.*?\n)(.*?)^(end[^\n]*)/join("", map { "% $_\n" } split(m{\n}, "$1$2$3"))/gmse' "$f"
done
sed -i '1s/classdef fluidcell < matlab.mixin.CustomDisplay/classdef fluidcell/' iFluid/fluidcell.m
sed -i "s/if verLessThan('MATLAB','9.9')/if ~exist('pagemtimes')/" iFluid/fluidcell.m
sed -i 's/^methods (Access = protected)/methods (Access = public)/' solvers/*.m
sed -i 's/= interp2( obj.rapid_grid/= scattered_interp2( obj.rapid_grid/' solvers/AdvectionSolver_BSL.m
echo "adapted for Octave: $root"
