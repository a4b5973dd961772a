package org.gelplan.web;

import java.io.IOException;

/** A request body grew past {@link WebLimitsProperties#maxBodySize()} while it was being read. */
class RequestBodyTooLarge extends IOException {

    RequestBodyTooLarge(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}
