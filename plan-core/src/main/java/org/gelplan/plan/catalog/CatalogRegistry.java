package org.gelplan.plan.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * Every catalog version the application knows: all {@code classpath*:catalogs/*.json} files, loaded
 * and validated at start-up. A broken file, or two files declaring the same version, stops the
 * start-up, because plans adopted against a half-read catalog could not be trusted.
 */
@Component
public class CatalogRegistry {

    /** Where catalog files are looked for, in every jar and directory of the class path. */
    public static final String LOCATION_PATTERN = "classpath*:catalogs/*.json";

    private final Map<String, Catalog> catalogsByVersion = new TreeMap<>();
    private final Map<String, String> sourceByVersion = new TreeMap<>();

    @Autowired
    public CatalogRegistry(ResourceLoader resourceLoader) {
        this(resolve(resourceLoader));
    }

    CatalogRegistry(List<Resource> catalogFiles) {
        if (catalogFiles.isEmpty()) {
            throw new IllegalStateException("No catalog file found at " + LOCATION_PATTERN);
        }
        CatalogLoader loader = new CatalogLoader();
        for (Resource file : catalogFiles) {
            String sourceName = file.getFilename() != null ? file.getFilename() : file.getDescription();
            Catalog catalog = load(loader, file, sourceName);
            String earlier = sourceByVersion.putIfAbsent(catalog.version(), sourceName);
            if (earlier != null) {
                throw new InvalidCatalog(sourceName, List.of("catalog: version " + catalog.version()
                        + " is already declared by " + earlier));
            }
            catalogsByVersion.put(catalog.version(), catalog);
        }
    }

    /**
     * The catalog of that version.
     *
     * @throws UnknownCatalogVersion if no catalog file declares it
     */
    public Catalog get(String version) {
        Catalog catalog = catalogsByVersion.get(version);
        if (catalog == null) {
            throw new UnknownCatalogVersion(version, versions());
        }
        return catalog;
    }

    /** The versions loaded, sorted. */
    public List<String> versions() {
        return List.copyOf(catalogsByVersion.keySet());
    }

    private static Catalog load(CatalogLoader loader, Resource file, String sourceName) {
        try (InputStream json = file.getInputStream()) {
            return loader.load(json, sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalog " + file.getDescription(), e);
        }
    }

    private static List<Resource> resolve(ResourceLoader resourceLoader) {
        try {
            return List.of(ResourcePatternUtils.getResourcePatternResolver(resourceLoader).getResources(LOCATION_PATTERN));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list catalogs at " + LOCATION_PATTERN, e);
        }
    }
}
