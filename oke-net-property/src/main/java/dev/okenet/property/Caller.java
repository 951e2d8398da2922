package dev.okenet.property;

/** The name of the test that runs a property: the first caller outside {@link Property}. */
final class Caller {
    private Caller() {}

    static String testName() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(f -> f.getDeclaringClass() != Property.class && f.getDeclaringClass() != Caller.class)
                        .findFirst()
                        .map(f -> f.getDeclaringClass().getSimpleName() + "." + enclosingMethod(f.getMethodName()))
                        .orElse("property"));
    }

    /** {@code lambda$aTest$3}, a lambda's synthetic method, is named for the method it is written in. */
    private static String enclosingMethod(String name) {
        if (name.startsWith("lambda$")) {
            int end = name.indexOf('$', "lambda$".length());
            return end > 0 ? name.substring("lambda$".length(), end) : name;
        }
        return name;
    }
}
