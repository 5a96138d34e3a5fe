function vq = scattered_interp2(xs, ys, v, xq, yq, method, extrapval)
% SCATTERED_INTERP2  interp2 for scattered query points under GNU Octave.
%
% MATLAB's interp2(X, Y, V, Xq, Yq, 'spline'[, extrapval]) accepts scattered
% query points; Octave 7's requires them on a grid. The tensor-product
% not-a-knot spline is the composition of the 1D spline operators along each
% axis, so it is evaluated here exactly as
%   vq(q) = sum_k  L_k(xq(q)) * S_y[v(:, k)](yq(q)),
% with S_y the 1D spline along y (columns of v) at yq and L_k the cardinal
% spline of node k along x (the 1D spline of the unit vector e_k).
% xs: 1 x nx nodes (columns of v), ys: ny x 1 nodes (rows of v), v: ny x nx.
% Without extrapval the spline is extrapolated (MATLAB's default for
% 'spline'); with it, points outside the node range get extrapval.
% Any other method is passed on to Octave's interp2 unchanged.
  if ~strcmp(method, 'spline')
    if nargin < 7
      vq = interp2(xs, ys, v, xq, yq, method);
    else
      vq = interp2(xs, ys, v, xq, yq, method, extrapval);
    end
    return
  end
  xs = xs(:); ys = ys(:); xq = xq(:); yq = yq(:);
  along_y = interp1(ys, v, yq, 'spline', 'extrap');              % nq x nx
  cardinal = interp1(xs, eye(numel(xs)), xq, 'spline', 'extrap'); % nq x nx
  vq = sum(along_y .* cardinal, 2);
  if nargin >= 7
    outside = xq < xs(1) | xq > xs(end) | yq < ys(1) | yq > ys(end);
    vq(outside) = extrapval;
  end
end
