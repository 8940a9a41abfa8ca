package org.waymark.common.control;

/**
 * A text that counts every character a regular expression engine reads from it and stops the match
 * once a budget is spent. Expressions that users write (extractors, URL patterns) can backtrack
 * catastrophically; java.util.regex has no timeout, and reading through a {@link CharSequence} is
 * the one place where a match can be stopped from outside.
 */
public final class BudgetedText implements CharSequence {

    /** The match read more characters than its budget allows. */
    public static final class TooSlow extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public TooSlow() {
            // no stack trace: an analyst's extractor may throw this for many lines of a busy stream
            super("the expression needed too many steps on this text (catastrophic backtracking?)", null, false, false);
        }
    }

    private final CharSequence text;
    private final long[] left;

    public BudgetedText(CharSequence text, long budget) {
        this(text, new long[] {budget});
    }

    private BudgetedText(CharSequence text, long[] left) {
        this.text = text;
        this.left = left;
    }

    @Override
    public char charAt(int index) {
        if (--left[0] < 0) {
            throw new TooSlow();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BudgetedText(text.subSequence(start, end), left);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
