#!/usr/bin/env python3
"""BetheFluid's Euler-GHD solver on rapidity's Lieb-Liniger bipartition (docs/solvers/ghd.md,
"Sharp fronts"), measured against rapidity's exact self-similar profile.

    python3 bethefluid_bipartition.py PATH/TO/BetheFluid [OUT_DIR] [--grids 28x24,56x48]

PATH/TO/BetheFluid: a clone of https://github.com/mkpanfil/BetheFluid (needs numpy, tqdm, dill;
Debian: python3-numpy python3-tqdm python3-dill). BetheFluid has only the Lieb-Liniger model,
so the hard-rod problem is not run.

Problem, in the units both codes share (hbar = 2m = 1, E = theta^2, v = 2 theta bare; BetheFluid's
kernel c/pi/(dtheta^2 + c^2) is rapidity's T = (1/2pi) 2c/(c^2 + dtheta^2)): c = 1, two Yang-Yang reservoirs T = 1, mu = +1 (x < 0)
and mu = -1 (x > 0), box [-14, 14], t = 1.5. Grids: cell centres in x, midpoint nodes on
[-6, 6] in theta, as rapidity's and iFluid's runs.

Scheme (BetheFluid's Solver with diff=False): for each rapidity, backward Euler in time on
rho_{t+dt} + dt d_x(v^eff(rho_t) rho_{t+dt}) = rho_t with central differences in x (one dense
linear solve of the cells per rapidity and step); boundary=(1, 1) keeps the two edge cells at
their reservoir values (BetheFluid's default, boundary=None, would make the box periodic).
Time step: CFL number 1 in x, as iFluid's and rapidity's runs. Timed: solve_equation() and the
final density, wall (perf_counter) and process CPU (process_time, all threads).

The Yang-Yang reservoirs are solved here (our own few lines, numpy) on the same nodes:
eps = theta^2 - mu - T * (1/2pi) int 2c/(c^2 + dtheta^2) log(1 + e^{-eps/T}); rho = n rho_t,
rho_t = 1/2pi + (1/2pi) int 2c/(c^2 + dtheta^2) n rho_t.
"""
import csv
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
T_END = 1.5


def yang_yang_root_density(theta, w, c, temperature, mu):
    """Root density rho(theta) of the Yang-Yang state on the given midpoint nodes."""
    kernel = (1 / (2 * np.pi)) * 2 * c / (c ** 2 + (theta[:, None] - theta[None, :]) ** 2)
    eps = theta ** 2 - mu
    for _ in range(2000):
        new = theta ** 2 - mu - temperature * kernel @ (w * np.log1p(np.exp(-eps / temperature)))
        done = np.max(np.abs(new - eps)) < 1e-14
        eps = new
        if done:
            break
    n = 1 / (1 + np.exp(eps / temperature))
    rho_t = np.linalg.solve(np.eye(len(theta)) - kernel * (w * n)[None, :],
                            np.full(len(theta), 1 / (2 * np.pi)))
    return n * rho_t


def read_exact():
    exact = {}
    with open(os.path.join(HERE, 'bipartition-exact.csv')) as f:
        for row in csv.DictReader(f):
            if row['problem'] == 'liebliniger':
                exact.setdefault(int(row['cells']), []).append(float(row['density']))
    return {k: np.array(v) for k, v in exact.items()}


def run(solver_class, cells, rapidities, cfl=1.0):
    xmax, rmax, c = 14.0, 6.0, 1.0
    dx = 2 * xmax / cells
    dr = 2 * rmax / rapidities
    x = -xmax + dx * (np.arange(cells) + 0.5)
    theta = -rmax + dr * (np.arange(rapidities) + 0.5)
    w = np.full(rapidities, dr)
    rho_l = yang_yang_root_density(theta, w, c, 1.0, +1.0)
    rho_r = yang_yang_root_density(theta, w, c, 1.0, -1.0)

    def rho0(l, xx):
        return np.where(xx < 0, rho_l[:, None], rho_r[:, None]) * np.ones_like(l)

    # CFL: the largest |v_eff| of the two reservoirs.
    kernel = (1 / (2 * np.pi)) * 2 * c / (c ** 2 + (theta[:, None] - theta[None, :]) ** 2)
    v = 0.0
    for rho in (rho_l, rho_r):
        rho_t = 1 / (2 * np.pi) + kernel @ (w * rho)
        n = rho / rho_t
        dressing = np.eye(rapidities) - kernel * (w * n)[None, :]
        v = max(v, np.max(np.abs(np.linalg.solve(dressing, 2 * theta)
                                 / np.linalg.solve(dressing, np.ones(rapidities)))))
    steps = int(np.ceil(T_END / (cfl * dx / v)))
    t_grid = np.linspace(0, T_END, steps + 1)
    solver = solver_class(t_grid=t_grid, miu_grid=theta, x_grid=x, rho0=rho0, coupling=c,
                          diff=False, potential=None, boundary=(1, 1))
    cpu0 = time.process_time()
    start = time.perf_counter()
    solver.solve_equation()
    density = np.sum(solver.grid[:, :, -1], axis=0) * dr
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    density0 = np.sum(solver.grid[:, :, 0], axis=0) * dr
    return x, density, density0, steps, T_END / steps, wall, cpu


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if not args:
        sys.exit(__doc__)
    sys.path.insert(0, os.path.abspath(args[0]))
    from BetheFluid.solver import Solver
    out_dir = args[1] if len(args) > 1 else HERE
    grids = [(28, 24), (56, 48), (112, 96), (224, 192)]
    for a in sys.argv[1:]:
        if a.startswith('--grids='):
            grids = [tuple(int(v) for v in g.split('x')) for g in a[8:].split(',')]
    exact = read_exact()
    results = os.path.join(out_dir, 'bethefluid-results.csv')
    profiles = os.path.join(out_dir, 'bethefluid-profiles.csv')
    new = not os.path.exists(results)
    with open(results, 'a') as res, open(profiles, 'a') as prof:
        if new:
            res.write('code,problem,cells,rapidities,cfl,steps,dt,l1,max_error,delta_atoms,'
                      'wall_s,cpu_s\n')
            prof.write('code,problem,cells,rapidities,cfl,x,density\n')
        for cells, rapidities in grids:
            x, rho, rho0, steps, dt, wall, cpu = run(Solver, cells, rapidities)
            e = exact[cells]
            dx = x[1] - x[0]
            l1 = np.sum(dx * np.abs(rho - e)) / T_END
            err_max = np.max(np.abs(rho - e))
            dn = np.sum(dx * (rho - rho0))
            print(f'BetheFluid liebliniger {cells} x {rapidities} ({steps} steps): L1 {l1:.3e} '
                  f'max {err_max:.3e} dN {dn:.2e}  {wall:.2f} s (cpu {cpu:.2f} s)', flush=True)
            res.write(f'BetheFluid-implicit-Euler,liebliniger,{cells},{rapidities},1,{steps},'
                      f'{dt:.6g},{l1:.6e},{err_max:.6e},{dn:.6e},{wall:.3f},{cpu:.3f}\n')
            res.flush()
            for xi, ri in zip(x, rho):
                prof.write(f'BetheFluid-implicit-Euler,liebliniger,{cells},{rapidities},1,'
                           f'{xi:.10g},{ri:.12g}\n')


if __name__ == '__main__':
    main()
