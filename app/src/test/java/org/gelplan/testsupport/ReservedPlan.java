package org.gelplan.testsupport;

import org.bson.Document;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Mocoa's plan re-adopted on a date of a test's reserved year, once however many test classes share the year. */
public final class ReservedPlan {

    private ReservedPlan() {
    }

    /** Adopts {@code 86001-<year of adoptedOn>} through the API as {@code admin} unless its summary is already there. */
    public static String adopt(TestRestTemplate admin, MongoTemplate mongo, String adoptedOn) {
        String planId = "86001-" + adoptedOn.substring(0, 4);
        if (mongo.getCollection("plan_summaries").countDocuments(new Document("_id", planId)) > 0) {
            return planId;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(admin.postForEntity("/api/v1/plans",
                new HttpEntity<>(TestPlans.mocoaAdoptedOn(adoptedOn).toString(), headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return planId;
    }
}
