package org.gelplan.committee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Mocoa's committee as section D of Resolución 001143 de 2009 constitutes it (demo data). */
class MocoaCommitteeIntegrationTest extends CommitteeIntegrationTest {

    @Autowired
    ObjectMapper json;

    @Test
    void showsTheTwelveIntegrantesOfSectionDInTheSeedsOrderWithTheirNames() {
        JsonNode committee = get("planeacion", "?asOf=2009-09-21");

        List<String> members = new ArrayList<>();
        committee.get("currentMembers").forEach(m -> members.add(m.get("position").asText() + " | " + m.get("name").asText()));
        assertThat(members).containsExactly(
                "SECRETARIO ADMINISTRATIVO Y FINANCIERO | VÍCTOR CUATINDIOY",
                "SECRETARIO DE GOBIERNO Y POLÍTICA SOCIAL MUNICIPAL | EDGAR GONZÁLEZ",
                "SECRETARIO DE SALUD MUNICIPAL | JOSÉ EVERARDO CUASQUER",
                "SECRETARIO DE TRANSITO Y TRANSPORTE MUNICIPAL | NELSON IVAN RIASCOS",
                "SECRETARIO DE EDUCACIÓN, CULTURA Y DEPORTE MUNICIPAL | JHON MOLINA",
                "SECRETARIA DE PLANEACIÓN MUNICIPAL | ANGELIZA VIVAS",
                "PROFESIONAL UNIVERSITARIO | JENY ROSERO",
                "CONTROL INTERNO | TEOFILO BURBANO",
                "TECNICA ADMINISTRATIVO - Encargada De Trámites Y Servicios | FADIR BOLAÑOS",
                "TECNICO ADMINISTRATIVO - Encargado del sitio web | ANDERSON CURAN",
                "PRESIDENTE ASOJUNTAS | SIGIFREDO ARCINIEGAS",
                "GERENTE CÁMARA DE COMERCIO SECCIONAL MOCOA | SUSANA VIVEROS");
        assertThat(committee.get("committeeId").asText()).isEqualTo("committee-86001");
        assertThat(committee.get("constitutedOn").asText()).isEqualTo("2009-09-21");
    }

    @Test
    void namesTheLeaderTheControlInternoResponsibleTheKeysAndTheCommunityRepresentatives() {
        JsonNode committee = get("control", "?asOf=2009-09-21");

        assertThat(committee.at("/leader/position").asText()).isEqualTo("SECRETARIO DE EDUCACIÓN, CULTURA Y DEPORTE MUNICIPAL");
        assertThat(committee.at("/leader/name").asText()).isEqualTo("JHON MOLINA");
        assertThat(committee.at("/leader/roles").toString()).contains("LEADER", "AUTHOR");
        assertThat(committee.at("/controlInterno/name").asText()).isEqualTo("TEOFILO BURBANO");
        assertThat(committee.at("/currentMembers/9/roles").toString()).contains("EDITOR");
        assertThat(committee.at("/currentMembers/10/roles").toString()).contains("COMMUNITY_REPRESENTATIVE");
        assertThat(committee.at("/currentMembers/11/roles").toString()).contains("COMMUNITY_REPRESENTATIVE");
    }

    @Test
    void keepsTheJefeDeLaOficinaJuridicaApartAsAnInviteeOutsideTheQuorumBase() {
        JsonNode committee = get("miembro", "?asOf=2009-09-21");

        assertThat(committee.get("invitees")).hasSize(1);
        JsonNode invitee = committee.at("/invitees/0");
        assertThat(invitee.get("name").asText()).isEqualTo("LILIA JIMENEZ A.");
        assertThat(invitee.get("id").asText()).isEqualTo("86001-M13");
        assertThat(invitee.get("voting").asBoolean()).isFalse();
        assertThat(committee.get("members").findValuesAsText("appointedOn")).filteredOn("2009-09-21"::equals).hasSize(13);
    }

    @Test
    void answersWhoWasOnTheCommitteeOnADayBeforeItWasConstituted() {
        JsonNode before = get("miembro", "/members?on=2009-09-20");
        JsonNode after = get("miembro", "/members?on=2009-09-21");

        assertThat(before).isEmpty();
        assertThat(after).hasSize(13);
    }

    @Test
    void asksAnonymousCallersToSignInAndKeepsOtherEntitiesCommitteesOutOfScope() {
        assertThat(http.getForEntity(MOCOA, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("lider").getForEntity("/api/v1/committees/86320", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> none = as("admin").getForEntity("/api/v1/committees/86320", JsonNode.class);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(none.getBody().get("type").asText()).endsWith("committee.not-found");
        assertThat(as("admin").getForEntity("/api/v1/committees/mocoa", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesConstitutingMocoasCommitteeAgainOrAnotherEntitysOutsideTheLeadersScope() throws IOException {
        ObjectNode body = (ObjectNode) json.readTree(new ClassPathResource("demo/committee-86001.json").getInputStream());
        long before = storedCommits();

        ResponseEntity<JsonNode> again = constitute("lider", body);
        ResponseEntity<JsonNode> orito = constitute("lider", body.put("entityCode", "86320"));
        ResponseEntity<JsonNode> member = constitute("miembro", body);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("type").asText()).endsWith("committee.already-constituted");
        assertThat(orito.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(storedCommits()).isEqualTo(before);
    }

    private ResponseEntity<JsonNode> constitute(String user, ObjectNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity("/api/v1/committees", new HttpEntity<>(body.toString(), headers), JsonNode.class);
    }
}
