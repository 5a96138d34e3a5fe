function ifluid_bipartition(ifluid_root, which, out_dir, levels, scheme, cfl)
% IFLUID_BIPARTITION  iFluid's Euler-GHD solver on rapidity's two bipartition problems
% (docs/solvers/ghd.md, "Sharp fronts"), measured against rapidity's exact profiles.
%
%   ifluid_bipartition(IFLUID_ROOT)                 all grids of both problems
%   ifluid_bipartition(IFLUID_ROOT, 'liebliniger')  or 'hardrods', 'timestep'
%   ifluid_bipartition(IFLUID_ROOT, WHICH, OUT_DIR) writes the CSV files to OUT_DIR
%   ifluid_bipartition(IFLUID_ROOT, WHICH, OUT_DIR, LEVELS) grids LEVELS x the coarsest
%       (default [1 2 4 8]: 28 x 24 ... 224 x 192 and 60 x 30 ... 480 x 240)
%   ifluid_bipartition(IFLUID_ROOT, WHICH, OUT_DIR, LEVELS, SCHEME) SCHEME = 'RK2' (default)
%       or 'RK4': iFluid's AdvectionSolver_BSL_RK2 or _RK4
%   ifluid_bipartition(..., SCHEME, CFL) the time step's CFL number (default 1)
%
% IFLUID_ROOT: a clone of https://github.com/integrableFluid/iFluidMatlab; under GNU Octave,
% adapted once by octave_compat.sh (this folder). The problems, in the units both codes share:
%  - Lieb-Liniger: hbar = 2m = 1, E = theta^2, p = theta, coupling c = 1 (iFluid's
%    LiebLinigerModel: m = 1/2, hbar = 1, kernel dT = -2c/(dtheta^2 + c^2), the same gas and
%    the same numbers; rapidity: docs/models/liebliniger.md). Two Yang-Yang reservoirs,
%    T = 1/beta = 1, mu = +1 for x < 0 and mu = -1 for x > 0 (rapidity's FrontTrackingTest),
%    box [-14, 14], t = 1.5; grids (cells x rapidities) 28 x 24 times 1, 2, 4, 8.
%  - Hard rods: unit mass, E = theta^2/2, rod length a = 1 (iFluid's HardRodModel, dT = a;
%    rapidity's scattering shift -a/2pi: the same dressing). Thermal reservoirs of unit
%    temperature, rod densities 0.5 | 0.1 (filling n = 2 pi rho g(theta)/(1 - a rho), g the
%    unit Maxwellian), box [-20, 20], t = 1.5; grids 60 x 30 times 1, 2, 4, 8.
% Both codes use the same nodes: cell centres in x, midpoint nodes on [-6, 6] in theta.
% Solver: AdvectionSolver_BSL_RK2 (iFluid's second-order backward semi-Lagrangian scheme,
% explicit midpoint characteristics, unlimited not-a-knot spline interpolation; its docs name
% no rule for the time step), boundary 'open' (the reservoirs continue beyond the box). Time
% step: CFL number CFL in x (default 1, rapidity's default: the time a characteristic of the
% largest |v_eff| needs to cross one cell, times CFL); 'timestep' runs the middle grids at
% CFL 0.5, 2, 4 and 8 (each step interpolates once more, so the error of a sharp front grows
% as the step shrinks; CFL 4 was the best).
% Error: L1 = sum_i dx |rho_i - rho_exact(x_i)| (divided by t for Lieb-Liniger, as in
% FrontTrackingTest), against bipartition-exact.csv (rapidity's exact solutions, written by
% BipartitionExactProfiles). Wall time: propagateFilling plus the density at the end (tic/toc),
% and the CPU time of the process over the same span (cputime, all threads).
% Writes ifluid-results.csv (one line per run) and ifluid-profiles.csv (the final densities).
  if nargin < 2 || isempty(which), which = 'all'; end
  here = fileparts(mfilename('fullpath'));
  if nargin < 3 || isempty(out_dir), out_dir = here; end
  addpath(ifluid_root); add_iFluid_path(ifluid_root); addpath(here);
  warning('off', 'Octave:possible-matlab-short-circuit-operator');
  warning('off', 'Octave:possible-matlab-short-circuit-during-function-call');
  exact = read_exact(fullfile(here, 'bipartition-exact.csv'));

  if nargin < 4 || isempty(levels), levels = [1 2 4 8]; end
  if nargin < 5 || isempty(scheme), scheme = 'RK2'; end
  if nargin < 6 || isempty(cfl), cfl = 1; end
  ll = arrayfun(@(k) {'liebliniger', 28 * k, 24 * k, cfl}, levels, 'UniformOutput', false);
  hr = arrayfun(@(k) {'hardrods', 60 * k, 30 * k, cfl}, levels, 'UniformOutput', false);
  dt = [arrayfun(@(c) {'liebliniger', 56, 48, c}, [0.5 2 4 8], 'UniformOutput', false), ...
        arrayfun(@(c) {'hardrods', 120, 60, c}, [0.5 2 4 8], 'UniformOutput', false)];
  switch which
    case 'liebliniger', runs = ll;
    case 'hardrods',    runs = hr;
    case 'timestep',    runs = dt;
    case 'all',         runs = [ll, hr, dt];
    otherwise
      error('ifluid_bipartition: which must be all, liebliniger, hardrods or timestep, not %s', which);
  end

  results = fullfile(out_dir, 'ifluid-results.csv');
  profiles = fullfile(out_dir, 'ifluid-profiles.csv');
  if ~exist(results, 'file')
    fid = fopen(results, 'w');
    fprintf(fid, 'code,problem,cells,rapidities,cfl,steps,dt,l1,max_error,delta_atoms,wall_s,cpu_s\n');
    fclose(fid);
  end
  if ~exist(profiles, 'file')
    fid = fopen(profiles, 'w');
    fprintf(fid, 'code,problem,cells,rapidities,cfl,x,density\n');
    fclose(fid);
  end
  for k = 1:numel(runs)
    r = runs{k};
    [x, rho, rho0, steps, dt, wall, cpu] = run_one(r{1}, r{2}, r{3}, r{4}, scheme);
    e = exact.(r{1}){r{2}};
    if isempty(e) || numel(e) ~= numel(x)
      error('no exact profile for %s at %d cells in bipartition-exact.csv', r{1}, r{2});
    end
    t = 1.5;
    dx = x(2) - x(1);
    l1 = sum(dx * abs(rho(:) - e(:)));
    if strcmp(r{1}, 'liebliniger'), l1 = l1 / t; end
    err_max = max(abs(rho(:) - e(:)));
    dN = sum(dx * (rho(:) - rho0(:)));
    fprintf('iFluid %s %s %d x %d cfl %.2f (%d steps): L1 %.3e max %.3e dN %.2e  %.2f s (cpu %.2f s)\n', ...
            scheme, r{1}, r{2}, r{3}, r{4}, steps, l1, err_max, dN, wall, cpu);
    fid = fopen(results, 'a');
    fprintf(fid, 'iFluid-BSL-%s,%s,%d,%d,%.3g,%d,%.6g,%.6e,%.6e,%.6e,%.3f,%.3f\n', ...
            scheme, r{1}, r{2}, r{3}, r{4}, steps, dt, l1, err_max, dN, wall, cpu);
    fclose(fid);
    fid = fopen(profiles, 'a');
    for i = 1:numel(x)
      fprintf(fid, 'iFluid-BSL-%s,%s,%d,%d,%.3g,%.10g,%.12g\n', scheme, r{1}, r{2}, r{3}, r{4}, x(i), rho(i));
    end
    fclose(fid);
  end
end


function [x, rho, rho0, steps, dt, wall, cpu] = run_one(problem, M, N, cfl, scheme)
% One run of iFluid's BSL solver (RK2 or RK4) on the problem at M cells and N rapidities.
  t_end = 1.5;
  rmax = 6;
  dr = 2 * rmax / N;
  r = (-rmax + dr * ((1:N) - 0.5))';
  w = dr * ones(N, 1);
  if strcmp(problem, 'liebliniger')
    xmax = 14;
    x = -xmax + (2 * xmax / M) * ((1:M) - 0.5);
    model = LiebLinigerModel(x, r, w, {@(t, x) 0, @(t, x) 1});   % couplings {mu, c}
    T = 1;
    fill_L = reservoir(model, r, +1, T);
    fill_R = reservoir(model, r, -1, T);
  else
    xmax = 20;
    x = -xmax + (2 * xmax / M) * ((1:M) - 0.5);
    a = 1;
    model = HardRodModel(x, r, w, {@(t, x) a, @(t, x) 0});       % couplings {a, mu}
    g = exp(-r.^2 / 2) / sqrt(2 * pi);
    fill_L = 2 * pi * 0.5 * g / (1 - a * 0.5);
    fill_R = 2 * pi * 0.1 * g / (1 - a * 0.1);
  end
  fill0 = fluidcell((x < 0) .* fill_L + (x > 0) .* fill_R);
  % CFL: the largest |v_eff| of the two reservoirs (their velocities bound the solution's).
  v = max(max(abs(double(model.calcEffectiveVelocities(fluidcell(fill_L), 0, 0, r, 1)))), ...
          max(abs(double(model.calcEffectiveVelocities(fluidcell(fill_R), 0, 0, r, 1)))));
  dx = x(2) - x(1);
  steps = ceil(t_end / (cfl * dx / v));
  dt = t_end / steps;
  t_array = linspace(0, t_end, steps + 1);
  rho0 = model.calcCharges(0, fill0, 0);
  solver = feval(['AdvectionSolver_BSL_' scheme], model, 'boundary_conditions', 'open', ...
                 'storeNthStep', steps);
  cpu0 = cputime;
  tic;
  fill_t = solver.propagateFilling(fill0, t_array);
  rho = model.calcCharges(0, fill_t{end}, t_end);
  wall = toc;
  cpu = cputime - cpu0;
end


function fill = reservoir(model, r, mu, T)
% The Yang-Yang filling at chemical potential mu and temperature T (iFluid's TBA solver; the
% model's own chemical-potential coupling is 0, so its bare energy is theta^2).
  source = (model.getBareEnergy(0, 0, r, 1) - mu) ./ T;
  fill = double(model.calcFillingFraction(model.calcEffectiveEnergy(source, 0, 0)));
end


function exact = read_exact(file)
% bipartition-exact.csv: problem,cells,x,density -> exact.(problem){cells} = density column.
  fid = fopen(file, 'r');
  if fid < 0
    error('missing %s: run BipartitionExactProfiles (see README.md)', file);
  end
  fgetl(fid);
  c = textscan(fid, '%s %f %f %f', 'Delimiter', ',');
  fclose(fid);
  exact = struct('liebliniger', {{}}, 'hardrods', {{}});
  names = c{1};
  cells = c{2};
  for p = {'liebliniger', 'hardrods'}
    sel = strcmp(names, p{1});
    for m = unique(cells(sel))'
      exact.(p{1}){m} = c{4}(sel & cells == m);
    end
  end
end
