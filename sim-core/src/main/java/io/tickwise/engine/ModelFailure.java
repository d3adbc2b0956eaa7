package io.tickwise.engine;

/**
 * Anything model code threw, Errors included, turned into a run's failure that names the
 * throwable's type, the entity and the simulated time: an Error escaping an actor would stop it
 * without a reply and leave whoever waits for the run waiting.
 */
public final class ModelFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private ModelFailure(String message, Throwable cause) {
        super(message, cause);
    }

    static ModelFailure inEntity(Object entity, long nowNs, Throwable cause) {
        return new ModelFailure(describe(cause) + " in entity " + entity + " at t=" + nowNs + " ns", cause);
    }

    static ModelFailure outsideEntities(String phase, Throwable cause) {
        return new ModelFailure(describe(cause) + " while " + phase, cause);
    }

    /** The throwable's type and, when it has one, its message: never a bare "null". */
    public static String describe(Throwable t) {
        if (t instanceof ModelFailure) {
            return t.getMessage();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getName()
                : t.getClass().getName() + ": " + message.lines().findFirst().orElse("");
    }
}
