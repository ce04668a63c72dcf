package org.echotrace.app.web;

/**
 * A request that cannot be served as asked, with the status and a message for the client. Handlers throw
 * it; {@link ErrorResponses} turns it into a JSON error (API) or an error page (pages).
 *
 * @see ApiError
 */
public final class RequestProblem extends RuntimeException {

    private final int status;
    private final transient ApiError error;

    private RequestProblem(int status, ApiError error) {
        super(error.error(), null, false, false);
        this.status = status;
        this.error = error;
    }

    public static RequestProblem badRequest(ApiError error) {
        return new RequestProblem(400, error);
    }

    public static RequestProblem badRequest(String message) {
        return badRequest(ApiError.of(message));
    }

    public static RequestProblem notFound(String message) {
        return new RequestProblem(404, ApiError.of(message));
    }

    public static RequestProblem unauthorized(String message) {
        return new RequestProblem(401, ApiError.of(message));
    }

    /** 421: the request names a host this server does not answer for (see {@link HostCheck}). */
    public static RequestProblem misdirected(String message) {
        return new RequestProblem(421, ApiError.of(message));
    }

    public static RequestProblem tooLarge(long limit) {
        return new RequestProblem(413, ApiError.of("request body larger than the limit of " + limit
                + " bytes (serve --max-body)"));
    }

    public int status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
