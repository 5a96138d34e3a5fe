package org.rapidity.framework.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.special.Erf;

/**
 * A small, safe expression language for a function of position {@code x} given as text in a
 * descriptor (e.g. {@code "1 + 0.5*tanh(x/2)"}): numbers, the variable {@code x}, the constants
 * {@code pi} and {@code e}, {@code + - * / ^} (power, right-associative, binding tighter than a
 * sign: {@code -x^2 = -(x^2)}), parentheses, and the functions {@code exp log sqrt abs sin cos tan
 * sinh cosh tanh atan erf step} (one argument; {@code step(y)} is 1 for {@code y >= 0}, else 0)
 * and {@code min max} (two arguments). Nothing else is parsed: no names, no calls out of the
 * language. A value that is not finite is refused when evaluated, naming the field.
 */
public final class Expression implements DoubleUnaryOperator {

    private final String field;
    private final String text;
    private final Node root;

    private interface Node {
        double eval(double x);
    }

    private Expression(String field, String text, Node root) {
        this.field = field;
        this.text = text;
        this.root = root;
    }

    /**
     * Parses {@code text}.
     *
     * @param field the descriptor field it came from, for errors
     * @throws InvalidInputException naming the field and the column of a syntax error
     */
    public static Expression parse(String field, String text) {
        Parser p = new Parser(field, text);
        Node n = p.expression();
        p.skip();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return new Expression(field, text, n);
    }

    /** The text it was parsed from. */
    public String text() {
        return text;
    }

    /**
     * The value at {@code x}.
     *
     * @throws InvalidInputException naming the field if the value is not finite
     */
    @Override
    public double applyAsDouble(double x) {
        double v = root.eval(x);
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(field, String.format(Locale.ROOT, "'%s' is not"
                    + " finite at x = %g (got %s)", text, x, v));
        }
        return v;
    }

    private static final class Parser {
        final String field;
        final String s;
        int pos;

        Parser(String field, String s) {
            this.field = field;
            this.s = s;
        }

        InvalidInputException error(String what) {
            return new InvalidInputException(field, "in '" + s + "' at column " + (pos + 1) + ": "
                    + what + " (an expression in x with + - * / ^, parentheses, pi, e and exp"
                    + " log sqrt abs sin cos tan sinh cosh tanh atan erf step min max)");
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(char c) {
            skip();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        Node expression() {
            Node left = term();
            while (true) {
                if (eat('+')) {
                    Node a = left;
                    Node b = term();
                    left = x -> a.eval(x) + b.eval(x);
                } else if (eat('-')) {
                    Node a = left;
                    Node b = term();
                    left = x -> a.eval(x) - b.eval(x);
                } else {
                    return left;
                }
            }
        }

        Node term() {
            Node left = unary();
            while (true) {
                if (eat('*')) {
                    Node a = left;
                    Node b = unary();
                    left = x -> a.eval(x) * b.eval(x);
                } else if (eat('/')) {
                    Node a = left;
                    Node b = unary();
                    left = x -> a.eval(x) / b.eval(x);
                } else {
                    return left;
                }
            }
        }

        Node unary() {
            if (eat('-')) {
                Node a = unary();
                return x -> -a.eval(x);
            }
            if (eat('+')) {
                return unary();
            }
            return power();
        }

        Node power() {
            Node base = primary();
            if (eat('^')) {
                Node exponent = unary();
                return x -> Math.pow(base.eval(x), exponent.eval(x));
            }
            return base;
        }

        Node primary() {
            skip();
            if (pos >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(pos);
            if (eat('(')) {
                Node n = expression();
                if (!eat(')')) {
                    throw error("missing ')'");
                }
                return n;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos))
                        || s.charAt(pos) == '.')) {
                    pos++;
                }
                if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                    int save = pos;
                    pos++;
                    if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                        pos++;
                    }
                    if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                            pos++;
                        }
                    } else {
                        pos = save;
                    }
                }
                double v;
                try {
                    v = Double.parseDouble(s.substring(start, pos));
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("not a number");
                }
                return x -> v;
            }
            if (Character.isLetter(c)) {
                int start = pos;
                while (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
                    pos++;
                }
                String name = s.substring(start, pos);
                switch (name) {
                    case "x":
                        return x -> x;
                    case "pi":
                        return x -> Math.PI;
                    case "e":
                        return x -> Math.E;
                    default:
                        break;
                }
                if (!eat('(')) {
                    pos = start;
                    throw error("unknown name '" + name + "'");
                }
                List<Node> args = new ArrayList<>();
                args.add(expression());
                while (eat(',')) {
                    args.add(expression());
                }
                if (!eat(')')) {
                    throw error("missing ')' after the arguments of " + name);
                }
                return function(name, args, start);
            }
            throw error("unexpected '" + c + "'");
        }

        Node function(String name, List<Node> args, int start) {
            int arity = name.equals("min") || name.equals("max") ? 2 : 1;
            if (args.size() != arity) {
                pos = start;
                throw error(name + " takes " + arity + " argument" + (arity > 1 ? "s" : "")
                        + ", got " + args.size());
            }
            Node a = args.get(0);
            switch (name) {
                case "exp": return x -> Math.exp(a.eval(x));
                case "log": return x -> Math.log(a.eval(x));
                case "sqrt": return x -> Math.sqrt(a.eval(x));
                case "abs": return x -> Math.abs(a.eval(x));
                case "sin": return x -> Math.sin(a.eval(x));
                case "cos": return x -> Math.cos(a.eval(x));
                case "tan": return x -> Math.tan(a.eval(x));
                case "sinh": return x -> Math.sinh(a.eval(x));
                case "cosh": return x -> Math.cosh(a.eval(x));
                case "tanh": return x -> Math.tanh(a.eval(x));
                case "atan": return x -> Math.atan(a.eval(x));
                case "erf": return x -> Erf.erf(a.eval(x));
                case "step": return x -> a.eval(x) >= 0 ? 1 : 0;
                case "min": {
                    Node b = args.get(1);
                    return x -> Math.min(a.eval(x), b.eval(x));
                }
                case "max": {
                    Node b = args.get(1);
                    return x -> Math.max(a.eval(x), b.eval(x));
                }
                default:
                    pos = start;
                    throw error("unknown function '" + name + "'");
            }
        }
    }
}
