package org.gelplan.plan.indicator;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.plan.api.CorrectMeasurement;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.IndicatorNotFound;
import org.gelplan.plan.api.MeasureIndicator;
import org.gelplan.plan.api.PlanId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/** Committee members record an indicator's value for a period, and correct it with a reason. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/indicators/{indicatorId}/measurements")
class MeasurementsController {

    private final CommandGateway commands;

    MeasurementsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    ResponseEntity<Map<String, String>> measure(@PathVariable String planId, @PathVariable String indicatorId,
                                                @Valid @RequestBody MeasurementRequest request) {
        PlanId plan = PlanId.inCallersScope(planId);
        commands.sendAndWait(new MeasureIndicator(plan, indicator(planId, indicatorId), request.period(),
                request.toMeasurement()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/indicators/" + indicatorId))
                .body(Map.of("indicatorId", indicatorId, "period", request.period()));
    }

    @PostMapping("/{period}/correction")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    ResponseEntity<Map<String, String>> correct(@PathVariable String planId, @PathVariable String indicatorId,
                                                @PathVariable String period, @Valid @RequestBody MeasurementRequest request) {
        PlanId plan = PlanId.inCallersScope(planId);
        commands.sendAndWait(new CorrectMeasurement(plan, indicator(planId, indicatorId), period,
                request.toMeasurement(), request.reason()));
        return ResponseEntity.status(HttpStatus.OK).body(Map.of("indicatorId", indicatorId, "period", period));
    }

    private static IndicatorId indicator(String planId, String indicatorId) {
        if (!IndicatorId.isValid(indicatorId)) {
            throw new IndicatorNotFound(planId, indicatorId);
        }
        return new IndicatorId(indicatorId);
    }
}
