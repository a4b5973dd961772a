package org.gelplan.shadow;

import org.gelplan.core.CurrentScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Control interno lists the projections and re-runs one into a shadow, getting the comparison with the
 * live read model back. An oversight action: it records no event and changes no read model.
 */
@RestController
@PreAuthorize("hasRole('CONTROL_INTERNO')")
class ShadowReplayController {

    private final ShadowReplays replays;

    ShadowReplayController(ShadowReplays replays) {
        this.replays = replays;
    }

    @GetMapping("/api/v1/audit/projections")
    List<ProjectionView> projections() {
        return replays.projections();
    }

    @PostMapping("/api/v1/audit/projections/{name}/shadow-replays")
    ShadowComparison shadowReplay(@PathVariable String name) {
        return replays.compare(name, CurrentScope.get());
    }
}
