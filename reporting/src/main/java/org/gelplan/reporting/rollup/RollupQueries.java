package org.gelplan.reporting.rollup;

import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.gelplan.reporting.api.FindRollup;
import org.gelplan.reporting.api.RollupEntity;
import org.gelplan.reporting.api.RollupPage;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Answers a rollup page with lookups by id only: the department documents (one, or the few dozen of
 * the country) give the entity codes, the scope and the synthetic filter pick among them, and only the
 * page's entities are read, with one {@code $in} on {@code _id}. Statuses are computed here, for the
 * query's day, never stored.
 */
@Component
class RollupQueries {

    private final RollupEntityRepository entities;
    private final RollupDepartmentRepository departments;
    private final CatalogRegistry catalogs;

    RollupQueries(RollupEntityRepository entities, RollupDepartmentRepository departments, CatalogRegistry catalogs) {
        this.entities = entities;
        this.departments = departments;
        this.catalogs = catalogs;
    }

    @QueryHandler
    RollupPage handle(FindRollup query) {
        Iterable<RollupDepartmentDocument> found = query.department() == null ? departments.findAll()
                : departments.findById(query.department()).map(List::of).orElse(List.of());
        List<String> codes = StreamSupport.stream(found.spliterator(), false)
                .flatMap(d -> d.entities().stream()
                        .filter(code -> query.synthetic() == null || query.synthetic() == d.synthetic().contains(code)))
                .filter(query.scope()::covers)
                .sorted().toList();
        int from = (int) Math.min(codes.size(), (long) query.page() * query.size());
        List<String> onPage = codes.subList(from, Math.min(codes.size(), from + query.size()));
        List<RollupEntity> rows = entities.findAllById(onPage).stream()
                .sorted(Comparator.comparing(RollupEntityDocument::daneCode))
                .map(document -> row(document, query)).toList();
        int pages = (codes.size() + query.size() - 1) / query.size();
        return new RollupPage(query.department(), query.asOf(), query.page(), query.size(), codes.size(), pages, rows);
    }

    private RollupEntity row(RollupEntityDocument document, FindRollup query) {
        var entity = document.entity();
        var catalog = document.catalogVersion() == null ? null : catalogs.get(document.catalogVersion());
        return new RollupEntity(document.daneCode(), entity.name(), entity.department(),
                RollupProjection.departmentOf(entity), document.planId(), document.synthetic(),
                RollupJudge.phases(document, catalog, query.asOf()), document.latestReport());
    }
}
