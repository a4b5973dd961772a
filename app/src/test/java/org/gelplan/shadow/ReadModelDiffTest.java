package org.gelplan.shadow;

import org.bson.Document;
import org.gelplan.core.EntityScope;
import org.gelplan.shadow.ShadowComparison.FieldDifference;
import org.gelplan.shadow.ShadowComparison.ReadModelComparison;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Live against shadow, by id and by field; other entities' differences are counted, not shown. */
class ReadModelDiffTest {

    private static final EntityScope MOCOA = EntityScope.of("86001");

    @Test
    void namesEachDifferingFieldByItsPathWithBothValues() {
        Document live = new Document("_id", "86001-2009/INF-01").append("facts",
                List.of(new Document("type", "FULFILLED").append("actor", "intruso")));
        Document shadow = new Document("_id", "86001-2009/INF-01").append("facts",
                List.of(new Document("type", "FULFILLED").append("actor", "miembro"), new Document("type", "REVOKED")));

        ReadModelComparison comparison = ReadModelDiff.compare("criteria", List.of(live), List.of(shadow), MOCOA);

        assertThat(comparison.equal()).isFalse();
        assertThat(comparison.different()).hasSize(1);
        assertThat(comparison.different().get(0).fields()).containsExactly(
                new FieldDifference("facts.0.actor", "intruso", "miembro"),
                new FieldDifference("facts.1", null, new Document("type", "REVOKED").toJson()));
    }

    @Test
    void tellsDocumentsMissingFromTheLiveModelFromExtraOnes() {
        ReadModelComparison comparison = ReadModelDiff.compare("plans",
                List.of(new Document("_id", "86001-2009"), new Document("_id", "86001-2010")),
                List.of(new Document("_id", "86001-2009"), new Document("_id", "86001-2011")), MOCOA);

        assertThat(comparison.extraInLive()).containsExactly("86001-2010");
        assertThat(comparison.missingFromLive()).containsExactly("86001-2011");
        assertThat(comparison.different()).isEmpty();
    }

    @Test
    void countsWithoutShowingTheDifferencesOfEntitiesOutsideTheCallersScope() {
        ReadModelComparison comparison = ReadModelDiff.compare("committees",
                List.of(new Document("_id", "86320").append("act", "Otra"), new Document("_id", "x").append("entityCode", "05001")),
                List.of(new Document("_id", "86320").append("act", "Resolución")), MOCOA);

        assertThat(comparison.different()).isEmpty();
        assertThat(comparison.extraInLive()).isEmpty();
        assertThat(comparison.outsideCallersScope()).isEqualTo(2);
        assertThat(comparison.equal()).isFalse();
    }

    @Test
    void listsAtMostFiftyDifferencesAndSaysThereAreMore() {
        List<Document> live = IntStream.range(0, 60).mapToObj(i -> new Document("_id", "86001-" + i)).toList();

        ReadModelComparison comparison = ReadModelDiff.compare("many", live, List.of(), MOCOA);

        assertThat(comparison.extraInLive()).hasSize(ReadModelDiff.LISTED);
        assertThat(comparison.truncated()).isTrue();
    }

    @Test
    void equalCollectionsAreEqualWhateverTheFieldOrder() {
        Document live = new Document("_id", "86001").append("a", 1).append("b", "x");
        Document shadow = new Document("b", "x").append("_id", "86001").append("a", 1);

        assertThat(ReadModelDiff.compare("c", List.of(live), List.of(shadow), MOCOA).equal()).isTrue();
    }
}
