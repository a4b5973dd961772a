package org.gelplan.shadow;

import org.bson.Document;
import org.gelplan.shadow.ShadowComparison.FieldDifference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The fields in which two stored documents differ, by dotted path (array elements by their index). */
final class DocumentDiff {

    private DocumentDiff() {
    }

    static List<FieldDifference> between(Document live, Document shadow) {
        List<FieldDifference> differences = new ArrayList<>();
        compare("", live, shadow, differences);
        return differences;
    }

    private static void compare(String path, Object live, Object shadow, List<FieldDifference> differences) {
        if (live instanceof Map<?, ?> liveMap && shadow instanceof Map<?, ?> shadowMap) {
            Set<Object> keys = new LinkedHashSet<>(liveMap.keySet());
            keys.addAll(shadowMap.keySet());
            for (Object key : keys) {
                compare(child(path, key), liveMap.get(key), shadowMap.get(key), differences);
            }
        } else if (live instanceof List<?> liveList && shadow instanceof List<?> shadowList) {
            for (int i = 0; i < Math.max(liveList.size(), shadowList.size()); i++) {
                compare(child(path, i), i < liveList.size() ? liveList.get(i) : null,
                        i < shadowList.size() ? shadowList.get(i) : null, differences);
            }
        } else if (!Objects.equals(live, shadow)) {
            differences.add(new FieldDifference(path, shown(live), shown(shadow)));
        }
    }

    private static String child(String path, Object key) {
        return path.isEmpty() ? String.valueOf(key) : path + "." + key;
    }

    private static String shown(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Document document ? document.toJson() : String.valueOf(value);
    }
}
