package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExternalMongoUriTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mongodb://db1:27017                          | mongodb://db1:27017/gelplan",
        "mongodb://db1:27017/                         | mongodb://db1:27017/gelplan",
        "mongodb://db1,db2/?replicaSet=rs0            | mongodb://db1,db2/gelplan?replicaSet=rs0",
        "mongodb://db1?w=1                            | mongodb://db1/gelplan?w=1",
        "mongodb://u:p%2Fq@db1:27017/?authSource=admin | mongodb://u:p%2Fq@db1:27017/gelplan?authSource=admin",
        "mongodb://db1:27017/other?replicaSet=rs0     | mongodb://db1:27017/other?replicaSet=rs0"})
    void usesTheGelplanDatabaseWhenTheUriNamesNone(String uri, String expected) {
        assertThat(ExternalMongoUri.parse(uri).getConnectionString()).isEqualTo(expected);
    }

    @Test
    void hidesThePasswordAndOptions() {
        String redacted = ExternalMongoUri.redacted(ExternalMongoUri.parse("mongodb://app:s3cret@db1,db2/gelplan?replicaSet=rs0"));
        assertThat(redacted).isEqualTo("mongodb://app:***@db1,db2/gelplan");
    }

    @Test
    void explainsAnInvalidUri() {
        assertThatThrownBy(() -> ExternalMongoUri.parse("localhost:27017"))
            .isInstanceOf(MongoUnavailableException.class)
            .hasMessageContaining("MONGODB_URI is not a valid MongoDB connection string")
            .hasMessageContaining("mongodb://");
    }
}
