function vq = scattered_interp2(xs, ys, v, xq, yq, method, extrapval)
% SCATTERED_INTERP2  interp2 for scattered query points under GNU Octave.
%
% MATLAB's interp2(X, Y, V, Xq, Yq, 'spline'[, extrapval]) accepts scattered query points;
% Octave 7's requires them on a grid. MATLAB's 'spline' is the tensor product of not-a-knot
% cubic splines along each axis; it is built here the same way: the 1D not-a-knot spline of
% every column of v along y (Octave's spline()), then the spline along x of each of its
% coefficients, which gives the bicubic of every grid cell; each query point is evaluated in
% its cell (points outside the nodes in the end cells' cubics, as MATLAB extrapolates).
% xs: the nx nodes of the columns of v, ys: the ny nodes of its rows, v: ny x nx.
% Without extrapval the spline is extrapolated (MATLAB's default for 'spline'); with it,
% points outside the node range get extrapval. Other methods go to Octave's interp2.
  if ~strcmp(method, 'spline')
    if nargin < 7
      vq = interp2(xs, ys, v, xq, yq, method);
    else
      vq = interp2(xs, ys, v, xq, yq, method, extrapval);
    end
    return
  end
  xs = xs(:); ys = ys(:); xq = xq(:); yq = yq(:);
  nx = numel(xs); ny = numel(ys);
  [~, cy] = unmkpp(spline(ys.', v.'));              % (nx * (ny-1)) x 4, column index fastest
  cy = reshape(cy, nx, (ny - 1) * 4);               % values at the x nodes of each y-coefficient
  [~, c] = unmkpp(spline(xs.', cy.'));              % ((ny-1)*4 * (nx-1)) x 4
  c = reshape(c, ny - 1, 4, nx - 1, 4);             % c(y piece, y power, x piece, x power)
  iy = min(max(lookup(ys, yq), 1), ny - 1);
  ix = min(max(lookup(xs, xq), 1), nx - 1);
  sy = yq - ys(iy);
  sx = xq - xs(ix);
  vq = zeros(size(xq));
  for p = 1:4                                       % Horner in y over powers 3, 2, 1, 0
    row = zeros(size(xq));
    for r = 1:4                                     % Horner in x
      row = row .* sx + c(sub2ind([ny - 1, 4, nx - 1, 4], iy, p * ones(size(iy)), ix, ...
                                  r * ones(size(ix))));
    end
    vq = vq .* sy + row;
  end
  if nargin >= 7
    outside = xq < xs(1) | xq > xs(end) | yq < ys(1) | yq > ys(end);
    vq(outside) = extrapval;
  end
end

