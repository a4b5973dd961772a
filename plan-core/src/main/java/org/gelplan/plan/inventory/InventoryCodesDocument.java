package org.gelplan.plan.inventory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The codes of the items ever listed in an entity's inventory, spread over {@link #BUCKETS} documents per
 * entity by the code's hash: {@code _id $in} over the entity's buckets, then over the items, answers any day
 * (the embedded store uses no secondary index, so the items are never searched by entity). A listing adds its
 * code to one bucket, so the array an update copies and checks holds a sixteenth of the codes: with one list
 * per entity, a listing into an inventory of 1,800 items cost a fifth more than into an empty one (BENCHMARKS.md,
 * session 11).
 */
@Document(InventoryCodesDocument.COLLECTION)
record InventoryCodesDocument(@Id String id, List<String> codes) {

    static final String COLLECTION = "plan_inventory_code_buckets";
    static final int BUCKETS = 16;

    /** The bucket of {@code code} in the entity's inventory; {@link String#hashCode} is the same on every JVM. */
    static String id(String entityCode, String code) {
        return bucketId(entityCode, Math.floorMod(code.hashCode(), BUCKETS));
    }

    static List<String> ids(String entityCode) {
        return IntStream.range(0, BUCKETS).mapToObj(bucket -> bucketId(entityCode, bucket)).toList();
    }

    private static String bucketId(String entityCode, int bucket) {
        return entityCode + "#" + bucket;
    }
}
