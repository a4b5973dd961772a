package org.gelplan.cli;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.BsonString;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.plan.api.FindInventory;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemKind;
import org.gelplan.plan.api.InventoryView;
import org.gelplan.plan.api.ListIndicators;
import org.gelplan.plan.api.ListInventoryItem;
import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.FindImprovementPlan;
import org.gelplan.reporting.api.FindingKind;
import org.gelplan.reporting.api.FindingSubjectKind;
import org.gelplan.reporting.api.ImprovementPlanId;
import org.gelplan.reporting.api.RecordFinding;
import org.gelplan.testsupport.GelPlanNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/**
 * A backup taken from a running node (through its embedded port) restores into an empty data
 * directory, and a node started on it rebuilds every read model to the same answers.
 */
class BackupRestoreIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2011, 12, 31);
    static final byte[] ACTA = "%PDF-1.4 acta".getBytes(StandardCharsets.UTF_8);

    record Answers(PlanCompliance compliance, List<IndicatorOverview> indicators, InventoryView inventory,
                   FindImprovementPlan.Answer improvement) {
    }

    @Test
    void aBackupRestoredIntoAnEmptyDirectoryAnswersTheSame(@TempDir Path original, @TempDir Path restored,
                                                           @TempDir Path files) throws Exception {
        Path backup = files.resolve("gelplan-backup.jsonl.gz");
        Answers before;
        try (GelPlanNode node = GelPlanNode.start("gelplan.demo.enabled=true", "gelplan.embedded-mongo-port=0",
                "gelplan.data-dir=" + original)) {
            node.awaitProjections();
            send(node, new ListInventoryItem(InventoryId.of("86001"), new InventoryItem("T-1", InventoryItemKind.TRAMITE,
                    "Licencia", null, LocalDate.of(2010, 1, 4), LocalDate.of(2010, 6, 1), null, null)));
            send(node, new RecordFinding(ImprovementPlanId.of("86001"), FindingKind.FINDING, FindingSubjectKind.PLAN,
                    "86001-2009", "Sin plan de mejoramiento", LocalDate.of(2011, 3, 1)));
            GridFSBuckets.create(database(node), "evidence").uploadFromStream(new BsonString("EV-1"), "acta.pdf",
                    new ByteArrayInputStream(ACTA));
            node.awaitProjections();
            before = answers(node);
            int port = node.bean(EmbeddedMongoServer.class).address().getPort();
            assertThat(BackupCommand.backup("mongodb://127.0.0.1:" + port, backup.toString())).isPositive();
        }

        assertThat(BackupCommand.restore(backup.toString(), restored)).isPositive();
        assertThatThrownBy(() -> BackupCommand.restore(backup.toString(), restored))
                .isInstanceOf(IllegalArgumentException.class);

        try (GelPlanNode node = GelPlanNode.start("gelplan.demo.enabled=true", "gelplan.embedded-mongo-port=0",
                "gelplan.data-dir=" + restored)) {
            node.awaitProjections();
            assertThat(answers(node)).isEqualTo(before);
            ByteArrayOutputStream acta = new ByteArrayOutputStream();
            GridFSBuckets.create(database(node), "evidence").downloadToStream(new BsonString("EV-1"), acta);
            assertThat(acta.toByteArray()).isEqualTo(ACTA);
        }
        assertThat(Files.size(backup)).isPositive();
    }

    private static void send(GelPlanNode node, Object command) {
        node.bean(CommandGateway.class).sendAndWait(asCommandMessage(command).andMetaData(AuditMetaData.of(Actor.system("test"))));
    }

    private static MongoDatabase database(GelPlanNode node) {
        return node.bean(MongoDatabaseFactory.class).getMongoDatabase();
    }

    private static Answers answers(GelPlanNode node) {
        QueryGateway queries = node.bean(QueryGateway.class);
        PlanId mocoa = new PlanId("86001-2009");
        return new Answers(
                queries.query(new FindPlanCompliance(mocoa, DAY, null), ResponseTypes.instanceOf(PlanCompliance.class)).join(),
                queries.query(new ListIndicators(mocoa, DAY), ResponseTypes.multipleInstancesOf(IndicatorOverview.class)).join(),
                queries.query(new FindInventory("86001", DAY), ResponseTypes.instanceOf(InventoryView.class)).join(),
                queries.query(new FindImprovementPlan("86001", DAY), ResponseTypes.instanceOf(FindImprovementPlan.Answer.class))
                        .join());
    }
}
