package org.gelplan.reporting.publication;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.AcknowledgeReport;
import org.gelplan.reporting.api.AuditAnchor;
import org.gelplan.reporting.api.FourEyesRequired;
import org.gelplan.reporting.api.FrozenContent;
import org.gelplan.reporting.api.NothingToCorrect;
import org.gelplan.reporting.api.PublishReport;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.api.QuarterNotEnded;
import org.gelplan.reporting.api.ReportAcknowledged;
import org.gelplan.reporting.api.ReportAlreadyAcknowledged;
import org.gelplan.reporting.api.ReportAlreadyPublished;
import org.gelplan.reporting.api.ReportAlreadySubmitted;
import org.gelplan.reporting.api.ReportContentAltered;
import org.gelplan.reporting.api.ReportId;
import org.gelplan.reporting.api.ReportNotPublished;
import org.gelplan.reporting.api.ReportNotSubmitted;
import org.gelplan.reporting.api.ReportPublished;
import org.gelplan.reporting.api.ReportRoleRequired;
import org.gelplan.reporting.api.ReportSubmitted;
import org.gelplan.reporting.api.ReportSuperseded;
import org.gelplan.reporting.api.SubmitReport;
import org.gelplan.reporting.quarterly.ReportingProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** Every rule of a quarter report's publication, given/when/then, on Mocoa's 2009-Q4 report in January 2010. */
class ReportPublicationTest {

    private static final PlanId PLAN = new PlanId("86001-2009");
    private static final Quarter Q4 = Quarter.parse("2009-Q4");
    private static final ReportId ID = new ReportId(PLAN, Q4);
    private static final LocalDate DUE = LocalDate.of(2010, 1, 30);
    private static final Map<String, String> AUTHOR = Map.of("actor", "autor", "actorRoles", "AUTHOR");
    private static final Map<String, String> OTHER_AUTHOR = Map.of("actor", "autor2", "actorRoles", "AUTHOR");
    private static final Map<String, String> EDITOR = Map.of("actor", "editor", "actorRoles", "EDITOR");
    private static final Map<String, String> AUTHOR_AND_EDITOR = Map.of("actor", "autor", "actorRoles", "AUTHOR,EDITOR");
    private static final Map<String, String> PLANNING = Map.of("actor", "planeacion", "actorRoles", "PLANNING");
    private static final Map<String, String> MEMBER = Map.of("actor", "miembro", "actorRoles", "COMMITTEE_MEMBER");

    private FixtureConfiguration<ReportPublication> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureOn("2010-01-15T17:00:00Z");
    }

    private static FixtureConfiguration<ReportPublication> fixtureOn(String instant) {
        FixtureConfiguration<ReportPublication> fixture = new AggregateTestFixture<>(ReportPublication.class);
        fixture.registerInjectableResource(new ReportingProperties(30));
        fixture.registerInjectableResource(Clock.fixed(Instant.parse(instant), ZoneId.of("America/Bogota")));
        return fixture;
    }

    static FrozenContent content(String body) {
        return new FrozenContent(body, FrozenContent.sha256Of(body), Instant.parse("2010-01-15T16:00:00Z"),
                new AuditAnchor(42, "a".repeat(64), Instant.parse("2010-01-15T15:00:00Z")),
                new AuditAnchor(40, "b".repeat(64), Instant.parse("2009-12-31T15:00:00Z")));
    }

    static ReportSubmitted submitted(int version, String body, String reason) {
        return new ReportSubmitted(ID, PLAN, Q4, version, content(body), DUE, false, reason);
    }

    /** A submission as stored: its metadata names the author, which the four-eyes rule compares with. */
    static GenericDomainEventMessage<ReportSubmitted> submittedBy(Map<String, String> actor, int sequence, int version,
                                                                 String body, String reason) {
        return new GenericDomainEventMessage<>("ReportPublication", ID.toString(), sequence,
                submitted(version, body, reason), MetaData.from(actor));
    }

    static ReportPublished published(int version, String body) {
        return new ReportPublished(ID, PLAN, Q4, version, FrozenContent.sha256Of(body));
    }

    @Test
    void anAuthorSubmitsAnEndedQuarterFreezingItsContent() {
        fixture.givenNoPriorActivity()
                .when(new SubmitReport(ID, content("{\"a\":1}"), null), AUTHOR)
                .expectEvents(submitted(1, "{\"a\":1}", null))
                .expectResultMessagePayload(1);
    }

    @Test
    void aSubmissionAfterTheDueDateIsMarkedLate() {
        fixtureOn("2010-02-15T17:00:00Z").givenNoPriorActivity()
                .when(new SubmitReport(ID, content("{}"), null), AUTHOR)
                .expectEvents(new ReportSubmitted(ID, PLAN, Q4, 1, content("{}"), DUE, true, null));
    }

    @Test
    void rejectsSubmittingAQuarterThatHasNotEnded() {
        ReportId q1 = new ReportId(PLAN, Quarter.parse("2010-Q1"));
        fixture.givenNoPriorActivity()
                .when(new SubmitReport(q1, content("{}"), null), AUTHOR)
                .expectException(QuarterNotEnded.class)
                .expectNoEvents();
    }

    @Test
    void rejectsSubmittingOnTheQuartersLastDay() {
        fixtureOn("2010-01-01T04:00:00Z").givenNoPriorActivity()
                .when(new SubmitReport(ID, content("{}"), null), AUTHOR)
                .expectException(QuarterNotEnded.class);
    }

    @Test
    void onlyAnAuthorSubmits() {
        fixture.givenNoPriorActivity()
                .when(new SubmitReport(ID, content("{}"), null), EDITOR)
                .expectException(ReportRoleRequired.class);
    }

    @Test
    void rejectsContentWhoseHashIsNotItsBodys() {
        FrozenContent altered = new FrozenContent("{\"a\":2}", FrozenContent.sha256Of("{\"a\":1}"), Instant.EPOCH, null, null);
        fixture.givenNoPriorActivity()
                .when(new SubmitReport(ID, altered, null), AUTHOR)
                .expectException(ReportContentAltered.class);
    }

    @Test
    void rejectsASecondSubmissionWhileOneAwaitsPublication() {
        fixture.given(submittedBy(AUTHOR, 0, 1, "{}", null))
                .when(new SubmitReport(ID, content("{}"), null), AUTHOR)
                .expectException(ReportAlreadySubmitted.class);
    }

    @Test
    void anEditorWhoIsNotTheSubmitterPublishes() {
        fixture.given(submittedBy(AUTHOR, 0, 1, "{}", null))
                .when(new PublishReport(ID), EDITOR)
                .expectEvents(published(1, "{}"));
    }

    @Test
    void theSubmitterCannotPublishEvenHoldingTheEditorRole() {
        fixture.given(submittedBy(AUTHOR_AND_EDITOR, 0, 1, "{}", null))
                .when(new PublishReport(ID), AUTHOR_AND_EDITOR)
                .expectException(FourEyesRequired.class)
                .expectNoEvents();
    }

    @Test
    void aSubmissionWithoutAKnownAuthorCannotProveFourEyes() {
        fixture.given(submitted(1, "{}", null))
                .when(new PublishReport(ID), EDITOR)
                .expectException(FourEyesRequired.class);
    }

    @Test
    void anAuthorCannotPublish() {
        fixture.given(submittedBy(OTHER_AUTHOR, 0, 1, "{}", null))
                .when(new PublishReport(ID), AUTHOR)
                .expectException(ReportRoleRequired.class);
    }

    @Test
    void nothingIsPublishedBeforeSubmission() {
        fixture.given(submittedBy(AUTHOR, 0, 1, "{}", null), published(1, "{}"))
                .when(new PublishReport(ID), EDITOR)
                .expectException(ReportNotSubmitted.class);
    }

    @Test
    void aPublishedReportIsNotSubmittedAgainWithoutACorrectionReason() {
        fixture.given(submittedBy(AUTHOR, 0, 1, "{}", null), published(1, "{}"))
                .when(new SubmitReport(ID, content("{\"v\":2}"), null), AUTHOR)
                .expectException(ReportAlreadyPublished.class);
    }

    @Test
    void aCorrectionNeedsAPublishedVersion() {
        fixture.givenNoPriorActivity()
                .when(new SubmitReport(ID, content("{}"), "Cifra errada"), AUTHOR)
                .expectException(NothingToCorrect.class);
    }

    @Test
    void aCorrectionIsANewVersionThatSupersedesThePublishedOneWhenPublished() {
        fixture.given(submittedBy(AUTHOR, 0, 1, "{}", null), published(1, "{}"),
                        submittedBy(AUTHOR, 2, 2, "{\"v\":2}", "Cifra errada"))
                .when(new PublishReport(ID), EDITOR)
                .expectEvents(published(2, "{\"v\":2}"), new ReportSuperseded(ID, PLAN, Q4, 1, 2, "Cifra errada"))
                .expectResultMessagePayload(2);
    }

    @Test
    void anAuthorSubmitsACorrectionWithItsReason() {
        fixture.given(submittedBy(AUTHOR, 0, 1, "{}", null), published(1, "{}"))
                .when(new SubmitReport(ID, content("{\"v\":2}"), "  Cifra errada "), AUTHOR)
                .expectEvents(submitted(2, "{\"v\":2}", "Cifra errada"));
    }

    @Test
    void planningAcknowledgesThePublishedVersion() {
        fixture.given(submittedBy(AUTHOR, 0, 1, "{}", null), published(1, "{}"))
                .when(new AcknowledgeReport(ID), PLANNING)
                .expectEvents(new ReportAcknowledged(ID, PLAN, Q4, 1));
    }

    @Test
    void onlyPlanningAcknowledges() {
        fixture.given(submittedBy(AUTHOR, 0, 1, "{}", null), published(1, "{}"))
                .when(new AcknowledgeReport(ID), MEMBER)
                .expectException(ReportRoleRequired.class);
    }

    @Test
    void anUnpublishedReportIsNotAcknowledged() {
        fixture.given(submittedBy(AUTHOR, 0, 1, "{}", null))
                .when(new AcknowledgeReport(ID), PLANNING)
                .expectException(ReportNotPublished.class);
    }

    @Test
    void aVersionIsAcknowledgedOnce() {
        fixture.given(submittedBy(AUTHOR, 0, 1, "{}", null), published(1, "{}"), new ReportAcknowledged(ID, PLAN, Q4, 1))
                .when(new AcknowledgeReport(ID), PLANNING)
                .expectException(ReportAlreadyAcknowledged.class);
    }

    @Test
    void aPublishedCorrectionCanBeAcknowledgedAgain() {
        fixture.given(submittedBy(AUTHOR, 0, 1, "{}", null), published(1, "{}"), new ReportAcknowledged(ID, PLAN, Q4, 1),
                        submittedBy(AUTHOR, 3, 2, "{\"v\":2}", "Cifra errada"), published(2, "{\"v\":2}"),
                        new ReportSuperseded(ID, PLAN, Q4, 1, 2, "Cifra errada"))
                .when(new AcknowledgeReport(ID), PLANNING)
                .expectEvents(new ReportAcknowledged(ID, PLAN, Q4, 2));
    }
}
