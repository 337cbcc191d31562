package io.github.ionqci.emulator.internal.http;

/** The standard reason phrases of the statuses the emulator sends (RFC 9110), for status lines and error bodies. */
public final class StatusReasons {

    private StatusReasons() {
    }

    /**
     * @param status an HTTP status
     * @return its standard reason phrase, such as {@code Not Found}, or null for a status the emulator never sends
     */
    public static String known(int status) {
        switch (status) {
            case 100: return "Continue";
            case 200: return "OK";
            case 201: return "Created";
            case 202: return "Accepted";
            case 204: return "No Content";
            case 304: return "Not Modified";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 408: return "Request Timeout";
            case 409: return "Conflict";
            case 413: return "Content Too Large";
            case 414: return "URI Too Long";
            case 415: return "Unsupported Media Type";
            case 417: return "Expectation Failed";
            case 429: return "Too Many Requests";
            case 431: return "Request Header Fields Too Large";
            case 500: return "Internal Server Error";
            case 501: return "Not Implemented";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            case 505: return "HTTP Version Not Supported";
            default: return null;
        }
    }

    /**
     * @param status an HTTP status
     * @return its reason phrase for a status line: the standard one, or its class ({@code Client Error}, …)
     */
    static String reason(int status) {
        String known = known(status);
        return known != null ? known : status < 400 ? "Status" : status < 500 ? "Client Error" : "Server Error";
    }
}
