package dev.okenet.testkit.internal.door;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP/1.1 server under the door: one thread per connection, keep-alive, {@code TCP_NODELAY} on
 * every accepted socket (set per socket, so nothing JVM-wide is touched), and a body limit checked
 * before the body is read: a declared {@code Content-Length} over the limit is refused at once and a
 * chunked body is counted as it arrives, so an oversized request never sits in memory. Every
 * request gets an answer, even when the handler fails with an {@link Error}: the answer is then a
 * 500 built from bytes prepared in advance.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver}: it writes headers and body in two segments,
 * which with Nagle's algorithm and the client's delayed ACK costs ~40 ms per answer on Linux unless
 * the JVM-wide {@code sun.net.httpserver.nodelay} property is set, and it reads bodies without a limit.
 *
 * <pre>{@code
 * WireServer server = WireServer.start(InetAddress.getLoopbackAddress(), 0, 1 << 20, "fakeoci", handler);
 * server.port();
 * server.close();
 * }</pre>
 */
final class WireServer implements AutoCloseable {
    /** Serves one parsed request; may throw, the server answers 500 then. */
    interface Handler {
        WireResponse handle(WireRequest request);

        /** The answer to a request the server refuses before the handler sees it (413, malformed). */
        WireResponse refuse(int status, String code, String message);
    }

    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    /** An idle keep-alive connection is closed after this; clients reconnect transparently. */
    private static final int IDLE_MILLIS = 120_000;
    private static final byte[] LAST_RESORT = lastResortBytes();

    private final ServerSocket listener;
    private final ExecutorService connections;
    private final Handler handler;
    private final long maxBody;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    private WireServer(ServerSocket listener, Handler handler, long maxBody, String name) {
        this.listener = listener;
        this.handler = handler;
        this.maxBody = maxBody;
        AtomicInteger threads = new AtomicInteger();
        this.connections = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, name + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Thread acceptor = new Thread(this::accept, name + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Listens on {@code address}:{@code port} (0 for an ephemeral port).
     *
     * @param maxBody the largest request body accepted, in bytes; larger ones answer 413
     */
    static WireServer start(InetAddress address, int port, long maxBody, String name, Handler handler) {
        try {
            ServerSocket listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(address, port), 128);
            return new WireServer(listener, handler, maxBody, name);
        } catch (IOException e) {
            throw new UncheckedIOException("FakeOci could not listen on " + address.getHostAddress() + ":" + port
                    + " (" + e.getMessage() + "); choose another port or bind address.", e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    InetAddress address() {
        return listener.getInetAddress();
    }

    @Override
    public void close() {
        stopped = true;
        try {
            listener.close();
        } catch (IOException e) {
            // Already closed; nothing else holds the port.
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        connections.shutdownNow();
    }

    private void accept() {
        while (!stopped) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (stopped) {
                    return;
                }
                continue;
            }
            open.add(socket);
            try {
                connections.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                open.remove(socket);
                closeQuietly(socket);
            }
        }
    }

    /** Serves requests on one connection until the client closes it or asks to. */
    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(IDLE_MILLIS);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = socket.getOutputStream();
            boolean keepAlive = true;
            while (keepAlive && !stopped) {
                keepAlive = serveOne(in, out);
            }
        } catch (IOException e) {
            // The client went away or idled out; there is no one left to answer.
        } finally {
            open.remove(socket);
        }
    }

    /** Reads, serves and answers one request; false when the connection must close afterwards. */
    private boolean serveOne(InputStream in, OutputStream out) throws IOException {
        String requestLine;
        try {
            requestLine = readLine(in);
        } catch (SocketTimeoutException | EOFException e) {
            return false;
        } catch (Malformed e) {
            send(out, handler.refuse(400, "CannotParseRequest", e.getMessage()), false);
            return false;
        }
        if (requestLine == null) {
            return false;
        }
        if (requestLine.isEmpty()) {
            return true; // a stray CRLF between requests is allowed (RFC 9112, 2.2)
        }
        String[] parts = requestLine.split(" ");
        Map<String, List<String>> headers;
        try {
            if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
                throw new Malformed("The request line '" + printable(requestLine) + "' is not 'METHOD target HTTP/1.1'.");
            }
            headers = readHeaders(in);
        } catch (Malformed e) {
            send(out, handler.refuse(400, "CannotParseRequest", e.getMessage()), false);
            return false;
        }
        String method = parts[0].toUpperCase(Locale.ROOT);
        boolean keepAlive = keepAlive(parts[2], headers);
        byte[] body;
        try {
            body = readBody(in, out, headers);
        } catch (TooLarge e) {
            // The rest of the body is never read, so the connection cannot carry another request.
            send(out, handler.refuse(413, "RequestEntityTooLarge", e.getMessage()), false);
            return false;
        } catch (Malformed e) {
            send(out, handler.refuse(400, "CannotParseRequest", e.getMessage()), false);
            return false;
        }
        WireResponse response;
        try {
            response = handler.handle(new WireRequest(method, parts[1], headers, body));
        } catch (Throwable failure) {
            response = lastResort(failure);
            if (response == null) {
                out.write(LAST_RESORT);
                out.flush();
                return false;
            }
        }
        if (response.dropConnection()) {
            return false;
        }
        send(out, response, keepAlive);
        return keepAlive;
    }

    /** A 500 for a handler that threw; null when even that cannot be built (out of memory). */
    private WireResponse lastResort(Throwable failure) {
        try {
            return handler.refuse(500, "InternalServerError", "FakeOci failed while serving this request ("
                    + (failure instanceof Error ? "the server ran short of resources" : "an internal error")
                    + "); this is a FakeOci bug unless the server is out of memory: report it with the"
                    + " opc-request-id.");
        } catch (Throwable again) {
            return null;
        }
    }

    private static boolean keepAlive(String version, Map<String, List<String>> headers) {
        String connection = first(headers, "connection");
        if (connection != null && connection.toLowerCase(Locale.ROOT).contains("close")) {
            return false;
        }
        return !version.equals("HTTP/1.0") || (connection != null
                && connection.toLowerCase(Locale.ROOT).contains("keep-alive"));
    }

    private byte[] readBody(InputStream in, OutputStream out, Map<String, List<String>> headers)
            throws IOException, TooLarge, Malformed {
        String encoding = first(headers, "transfer-encoding");
        String length = first(headers, "content-length");
        boolean chunked = encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
        long declared = -1;
        if (!chunked && length != null) {
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw new Malformed("The Content-Length '" + printable(length) + "' is not a number.");
            }
            if (declared < 0) {
                throw new Malformed("The Content-Length " + declared + " is negative.");
            }
            if (declared > maxBody) {
                throw new TooLarge(tooLarge(declared + " bytes"));
            }
        }
        String expect = first(headers, "expect");
        if (expect != null && expect.equalsIgnoreCase("100-continue")) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        if (chunked) {
            return readChunked(in);
        }
        if (declared <= 0) {
            return new byte[0];
        }
        byte[] body = in.readNBytes((int) declared);
        if (body.length != declared) {
            throw new EOFException("The body ended after " + body.length + " of " + declared + " bytes");
        }
        return body;
    }

    private byte[] readChunked(InputStream in) throws IOException, TooLarge, Malformed {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new EOFException("The chunked body ended early");
            }
            int semicolon = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new Malformed("The chunk size '" + printable(sizeLine) + "' is not hexadecimal.");
            }
            if (size == 0) {
                readHeaders(in); // trailers, ignored
                return body.toByteArray();
            }
            if (size < 0 || body.size() + size > maxBody) {
                throw new TooLarge(tooLarge("more than " + maxBody + " bytes"));
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length != size) {
                throw new EOFException("A chunk ended early");
            }
            body.write(chunk);
            readLine(in); // the CRLF after the chunk
        }
    }

    private String tooLarge(String size) {
        return "The request body of " + size + " is larger than the " + maxBody + " bytes this service accepts;"
                + " send a smaller request (OCI's networking requests are a few kilobytes).";
    }

    private static Map<String, List<String>> readHeaders(InputStream in) throws IOException, Malformed {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int total = 0;
        while (true) {
            String line = readLine(in);
            if (line == null) {
                throw new EOFException("The headers ended early");
            }
            if (line.isEmpty()) {
                return headers;
            }
            total += line.length();
            if (total > MAX_HEADER_BYTES) {
                throw new Malformed("The request headers are larger than " + MAX_HEADER_BYTES + " bytes.");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new Malformed("The header line '" + printable(line) + "' has no name.");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, key -> new ArrayList<>()).add(line.substring(colon + 1).trim());
        }
    }

    /** One CRLF- (or LF-) terminated line in ISO-8859-1, without the terminator; null at end of stream. */
    private static String readLine(InputStream in) throws IOException, Malformed {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.length() == 0) {
                    return null;
                }
                throw new EOFException("The connection closed mid-line");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new Malformed("A request line or header is longer than " + MAX_LINE + " bytes.");
            }
            line.append((char) b);
        }
    }

    /** Writes status, headers and body in one segment. */
    private static void send(OutputStream out, WireResponse response, boolean keepAlive) throws IOException {
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status())).append("\r\n");
        response.headers().forEach((name, values) -> {
            for (String value : values) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        byte[] body = response.body();
        boolean noBody = response.status() == 204 || response.status() == 304;
        if (!noBody) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        if (!keepAlive) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + (noBody ? 0 : body.length)];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        if (!noBody) {
            System.arraycopy(body, 0, all, headBytes.length, body.length);
        }
        out.write(all);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Text from the wire as it may appear in a message: printable ASCII only, at most 100 characters. */
    static String printable(String text) {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < text.length() && safe.length() < 100; i++) {
            char c = text.charAt(i);
            safe.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return safe.toString();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all that was wanted.
        }
    }

    /** A request the server refuses with 400 before the handler sees it. */
    private static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** A body over the limit: 413. */
    private static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** Prepared at start, so an answer can be written when nothing more can be allocated. */
    private static byte[] lastResortBytes() {
        String body = "{\"code\":\"InternalServerError\",\"message\":\"FakeOci ran out of resources serving this"
                + " request; retry it, and give the server more memory if it keeps happening.\"}";
        return ("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                + "opc-request-id: fakeoci-out-of-resources\r\nConnection: close\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }
}
