package org.gelplan.mongo;

import com.mongodb.ConnectionString;

/** Reads {@code MONGODB_URI}: adds the default database when it names none, and hides its password. */
final class ExternalMongoUri {

    private ExternalMongoUri() {
    }

    static ConnectionString parse(String uri) {
        ConnectionString connectionString;
        try {
            connectionString = new ConnectionString(uri.strip());
        } catch (IllegalArgumentException e) {
            throw new MongoUnavailableException("MONGODB_URI is not a valid MongoDB connection string: " + e.getMessage(),
                "Use the form mongodb://host1:27017,host2:27017,host3:27017/gelplan?replicaSet=rs0, "
                    + "or unset MONGODB_URI to use the embedded store.", e);
        }
        if (connectionString.getDatabase() != null) {
            return connectionString;
        }
        return new ConnectionString(withDatabase(uri.strip(), MongoConnectionProperties.DATABASE));
    }

    /** The URI without password and options, fit for logs and error messages. */
    static String redacted(ConnectionString connectionString) {
        String credentials = connectionString.getUsername() == null ? "" : connectionString.getUsername() + ":***@";
        String scheme = connectionString.isSrvProtocol() ? "mongodb+srv://" : "mongodb://";
        String database = connectionString.getDatabase() == null ? "" : connectionString.getDatabase();
        return scheme + credentials + String.join(",", connectionString.getHosts()) + "/" + database;
    }

    // Passwords and options are percent-encoded, so the first '/' after "://" ends the host list.
    private static String withDatabase(String uri, String database) {
        int hostsStart = uri.indexOf("://") + 3;
        int optionsStart = uri.indexOf('?', hostsStart);
        int pathEnd = optionsStart < 0 ? uri.length() : optionsStart;
        int slash = uri.indexOf('/', hostsStart);
        String beforePath = slash >= 0 && slash < pathEnd ? uri.substring(0, slash) : uri.substring(0, pathEnd);
        return beforePath + "/" + database + uri.substring(pathEnd);
    }
}
