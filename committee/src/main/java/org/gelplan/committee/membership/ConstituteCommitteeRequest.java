package org.gelplan.committee.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gelplan.committee.api.Appointee;
import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.CommitteeRole;
import org.gelplan.committee.api.ConstituteCommittee;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/v1/committees}, and the shape of the demo committee's resource file. */
record ConstituteCommitteeRequest(@NotBlank @Pattern(regexp = "\\d{2}|\\d{5}") String entityCode,
                                  @NotNull LocalDate constitutedOn, @NotBlank @Size(max = 500) String act,
                                  @NotEmpty @Size(max = 100) List<@NotNull @Valid AppointeeBody> members) {

    record AppointeeBody(@NotBlank @Size(max = 200) String position, @Size(max = 200) String personName,
                         @NotEmpty @Size(max = 7) List<@NotNull CommitteeRole> roles, @Size(max = 1000) String note) {

        Appointee toAppointee() {
            return new Appointee(position, personName, roles, note);
        }
    }

    ConstituteCommittee toCommand() {
        return new ConstituteCommittee(CommitteeId.of(entityCode), constitutedOn, act,
                members.stream().map(AppointeeBody::toAppointee).toList());
    }
}
