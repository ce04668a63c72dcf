package org.echotrace.app.web;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests whose {@code Host} names a host this server was not asked to answer for. A web page
 * on another site can make a browser send requests here through a name it controls that it re-points
 * at 127.0.0.1 (DNS rebinding), and then read the answers as its own; such requests carry that name.
 * Accepted: localhost, 127.0.0.1, [::1], the address listened on, and the names given with
 * {@code serve --allow-host}; on a wildcard address (0.0.0.0, ::) any IP address too, which no other
 * site can rebind.
 */
final class HostCheck {

    private final Set<String> allowed = new HashSet<>();
    private final boolean anyAddress;

    HostCheck(String boundHost, List<String> allowHosts) {
        allowed.addAll(List.of("localhost", "127.0.0.1", "[::1]", hostName(boundHost)));
        allowHosts.forEach(host -> allowed.add(hostName(host)));
        anyAddress = boundHost.equals("0.0.0.0") || boundHost.equals("::") || boundHost.equals("[::]");
    }

    void apply(Context ctx) {
        String header = ctx.header("Host");
        if (header == null || header.isBlank()) {
            return; // HTTP/1.0 without Host: not a browser's request
        }
        String host = withoutPort(header.strip().toLowerCase(Locale.ROOT));
        if (!allowed.contains(host) && !(anyAddress && isAddress(host))) {
            throw RequestProblem.misdirected("this server does not answer for the host \"" + host
                    + "\" (serve --allow-host " + host + " allows it)");
        }
    }

    /** {@code ::1} and {@code [::1]} alike as a Host header writes them. */
    private static String hostName(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        return lower.contains(":") && !lower.startsWith("[") ? "[" + lower + "]" : lower;
    }

    private static String withoutPort(String hostAndPort) {
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            return close < 0 ? hostAndPort : hostAndPort.substring(0, close + 1);
        }
        int colon = hostAndPort.lastIndexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }

    private static boolean isAddress(String host) {
        return host.startsWith("[") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
