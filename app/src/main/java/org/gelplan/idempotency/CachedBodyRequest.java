package org.gelplan.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.Locale;
import java.io.IOException;

/**
 * A request whose body was read once (to hash it) and is served again to the handler. A multipart
 * body is left to the container, which parses its parts from its own stream: what is kept to hash
 * is then each part's name, file name, type and bytes, as the container parsed them.
 */
class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final boolean multipart;

    CachedBodyRequest(HttpServletRequest request) throws IOException, ServletException {
        super(request);
        String type = request.getContentType();
        this.multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        this.body = multipart ? parts(request) : request.getInputStream().readAllBytes();
    }

    private static byte[] parts(HttpServletRequest request) throws IOException, ServletException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(all);
        for (Part part : request.getParts()) {
            out.writeUTF(part.getName());
            out.writeUTF(String.valueOf(part.getSubmittedFileName()));
            out.writeUTF(String.valueOf(part.getContentType()));
            out.writeLong(part.getSize());
            try (var bytes = part.getInputStream()) {
                bytes.transferTo(out);
            }
        }
        out.flush();
        return all.toByteArray();
    }

    byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (multipart) {
            return super.getInputStream();
        }
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("synchronous reads only");
            }

            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return bytes.read(b, off, len);
            }
        };
    }
}
