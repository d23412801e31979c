package org.saima.scoring;

import io.vertx.ext.web.openapi.router.RouterBuilder;
import org.saima.scoring.campaign.CampaignHandlers;
import org.saima.scoring.campaign.CandidateHandlers;
import org.saima.scoring.campaign.PositionHandlers;
import org.saima.scoring.campaign.RosterHandlers;
import org.saima.scoring.campaign.RosterTemplate;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Roles;
import org.saima.shared.auth.UserHandlers;
import org.saima.shared.service.Node;

/** The scoring service's route table; operation ids are those of openapi/scoring.yaml. */
public final class ScoringApi {
  private final UserHandlers users;
  private final CampaignHandlers campaigns;
  private final PositionHandlers positions;
  private final CandidateHandlers candidates;
  private final RosterHandlers roster;
  private final RosterTemplate template = new RosterTemplate();

  public ScoringApi(Node node) {
    users = new UserHandlers(node);
    campaigns = new CampaignHandlers(node);
    positions = new PositionHandlers(node);
    candidates = new CandidateHandlers(node);
    roster = new RosterHandlers(node);
  }

  public void routes(RouterBuilder api) {
    var organizer = Authz.role(Roles.ORGANIZER);
    var campaign = Authz.campaign("campaignId");
    api.getRoute("listUsers").addHandler(users::requireAdministrator).addHandler(users::list);
    api.getRoute("createUser").addHandler(users::requireAdministrator).addHandler(users::create);

    api.getRoute("listCampaigns").addHandler(organizer).addHandler(campaigns::list);
    api.getRoute("createCampaign").addHandler(organizer).addHandler(campaigns::create);
    api.getRoute("getCampaign").addHandler(organizer).addHandler(campaign).addHandler(campaigns::get);
    api.getRoute("updateCampaign").addHandler(organizer).addHandler(campaign).addHandler(campaigns::update);

    api.getRoute("listPositions").addHandler(organizer).addHandler(campaign).addHandler(positions::list);
    api.getRoute("createPosition").addHandler(organizer).addHandler(campaign).addHandler(positions::create);
    api.getRoute("updatePosition").addHandler(organizer).addHandler(campaign).addHandler(positions::update);

    api.getRoute("listCandidates").addHandler(organizer).addHandler(campaign).addHandler(candidates::list);
    api.getRoute("createCandidate").addHandler(organizer).addHandler(campaign).addHandler(candidates::create);
    api.getRoute("getCandidate").addHandler(organizer).addHandler(campaign).addHandler(candidates::get);
    api.getRoute("updateCandidate").addHandler(organizer).addHandler(campaign).addHandler(candidates::update);
    api.getRoute("importRoster").setDoValidation(false)
        .addHandler(organizer).addHandler(campaign).addHandler(roster::importRoster);
    api.getRoute("rosterTemplateXlsx").addHandler(template::xlsx);
    api.getRoute("rosterTemplateCsv").addHandler(template::csv);
  }
}
