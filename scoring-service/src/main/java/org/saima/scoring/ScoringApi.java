package org.saima.scoring;

import io.vertx.ext.web.openapi.router.RouterBuilder;
import org.saima.scoring.campaign.CampaignHandlers;
import org.saima.scoring.campaign.CampaignSettings;
import org.saima.scoring.campaign.CandidateHandlers;
import org.saima.scoring.campaign.PositionHandlers;
import org.saima.scoring.campaign.RosterHandlers;
import org.saima.scoring.campaign.RosterTemplate;
import org.saima.scoring.panel.PanelAccess;
import org.saima.scoring.panel.PanelCandidateHandlers;
import org.saima.scoring.panel.PanelHandlers;
import org.saima.scoring.notice.NoticeHandlers;
import org.saima.scoring.ranking.RankingHandlers;
import org.saima.scoring.report.ChartHandlers;
import org.saima.scoring.report.ScorecardHandlers;
import org.saima.scoring.sheet.ChiefHandlers;
import org.saima.scoring.sheet.SheetHandlers;
import org.saima.scoring.stage.ResultHandlers;
import org.saima.scoring.stage.StageHandlers;
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
  private final CampaignSettings.Handlers settings;
  private final StageHandlers stages;
  private final ResultHandlers results;
  private final PanelAccess panelAccess;
  private final PanelHandlers panels;
  private final PanelCandidateHandlers panelCandidates;
  private final SheetHandlers sheets;
  private final ChiefHandlers chief;
  private final RankingHandlers ranking;
  private final ScorecardHandlers scorecards;
  private final ChartHandlers charts;
  private final NoticeHandlers notices;

  public ScoringApi(Node node) {
    settings = new CampaignSettings.Handlers(node);
    stages = new StageHandlers(node);
    results = new ResultHandlers(node);
    panelAccess = new PanelAccess(node.store().pool());
    panels = new PanelHandlers(node);
    panelCandidates = new PanelCandidateHandlers(node);
    sheets = new SheetHandlers(node);
    chief = new ChiefHandlers(node);
    ranking = new RankingHandlers(node);
    scorecards = new ScorecardHandlers(node);
    charts = new ChartHandlers(node);
    notices = new NoticeHandlers(node);
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
    api.getRoute("getCampaignSettings").addHandler(organizer).addHandler(campaign).addHandler(settings::get);
    api.getRoute("putCampaignSettings").addHandler(organizer).addHandler(campaign).addHandler(settings::put);
    stageRoutes(api);
    panelRoutes(api);
    sheetRoutes(api);
    reportRoutes(api);
  }

  private void reportRoutes(RouterBuilder api) {
    var organizer = Authz.role(Roles.ORGANIZER);
    var campaign = Authz.campaign("campaignId");
    api.getRoute("getScorecard").addHandler(organizer).addHandler(campaign).addHandler(scorecards::get);
    api.getRoute("scoreDistribution").addHandler(organizer).addHandler(campaign).addHandler(charts::distribution);
    api.getRoute("examinerConsistency").addHandler(Authz.role(Roles.ORGANIZER, Roles.EXAMINER)).addHandler(campaign)
        .addHandler(panelAccess.chiefOrOrganizer()).addHandler(charts::consistency);
    api.getRoute("listNotices").addHandler(organizer).addHandler(campaign).addHandler(notices::list);
    api.getRoute("publishNotice").addHandler(organizer).addHandler(campaign).addHandler(notices::publish);
    api.getRoute("getNotice").addHandler(organizer).addHandler(campaign).addHandler(notices::get);
    api.getRoute("recordObjection").addHandler(organizer).addHandler(campaign).addHandler(notices::objection);
    api.getRoute("holdNomination").addHandler(organizer).addHandler(campaign).addHandler(notices::hold);
    api.getRoute("releaseNomination").addHandler(organizer).addHandler(campaign).addHandler(notices::release);
    api.getRoute("publicNotice").addHandler(notices::publicNotice);
  }

  private void stageRoutes(RouterBuilder api) {
    var organizer = Authz.role(Roles.ORGANIZER);
    var campaign = Authz.campaign("campaignId");
    api.getRoute("listStages").addHandler(organizer).addHandler(campaign).addHandler(stages::list);
    api.getRoute("createStage").addHandler(organizer).addHandler(campaign).addHandler(stages::create);
    api.getRoute("updateStage").addHandler(organizer).addHandler(campaign).addHandler(stages::update);
    api.getRoute("listStageResults").addHandler(organizer).addHandler(campaign).addHandler(results::list);
    api.getRoute("enterStageResult").addHandler(organizer).addHandler(campaign).addHandler(results::enter);
    api.getRoute("importStageResults").setDoValidation(false)
        .addHandler(organizer).addHandler(campaign).addHandler(results::importFile);
    api.getRoute("stageResultsXlsx").addHandler(organizer).addHandler(campaign).addHandler(results::xlsx);
    api.getRoute("getRanking").addHandler(organizer).addHandler(campaign).addHandler(ranking::get);
    api.getRoute("getRankingXlsx").addHandler(organizer).addHandler(campaign).addHandler(ranking::xlsx);
    api.getRoute("decideTie").addHandler(organizer).addHandler(campaign).addHandler(ranking::decideTie);
  }

  private void panelRoutes(RouterBuilder api) {
    var organizer = Authz.role(Roles.ORGANIZER);
    var staff = Authz.role(Roles.ORGANIZER, Roles.EXAMINER);
    var campaign = Authz.campaign("campaignId");
    api.getRoute("listEligibleExaminers").addHandler(organizer).addHandler(campaign)
        .addHandler(panels::eligibleExaminers);
    api.getRoute("listPanels").addHandler(organizer).addHandler(campaign).addHandler(panels::list);
    api.getRoute("createPanel").addHandler(organizer).addHandler(campaign).addHandler(panels::create);
    api.getRoute("getPanel").addHandler(staff).addHandler(campaign).addHandler(panelAccess.memberOrOrganizer())
        .addHandler(panels::get);
    api.getRoute("updatePanel").addHandler(organizer).addHandler(campaign).addHandler(panels::update);
    api.getRoute("setPanelCandidates").addHandler(organizer).addHandler(campaign)
        .addHandler(panelAccess.memberOrOrganizer()).addHandler(panelCandidates::setCandidates);
    api.getRoute("drawPanelNumbers").addHandler(organizer).addHandler(campaign)
        .addHandler(panelAccess.memberOrOrganizer()).addHandler(panelCandidates::draw);
    api.getRoute("recuse").addHandler(staff).addHandler(campaign).addHandler(panelAccess.memberOrOrganizer())
        .addHandler(panelCandidates::recuse);
  }

  private void sheetRoutes(RouterBuilder api) {
    var staff = Authz.role(Roles.ORGANIZER, Roles.EXAMINER);
    var campaign = Authz.campaign("campaignId");
    api.getRoute("myPanels").addHandler(Authz.role(Roles.EXAMINER)).addHandler(panels::mine);
    api.getRoute("mySheets").addHandler(Authz.role(Roles.EXAMINER)).addHandler(campaign)
        .addHandler(panelAccess.examiner()).addHandler(sheets::mine);
    api.getRoute("submitSheet").addHandler(Authz.role(Roles.EXAMINER)).addHandler(campaign)
        .addHandler(panelAccess.examiner()).addHandler(sheets::submit);
    api.getRoute("panelProgress").addHandler(staff).addHandler(campaign).addHandler(panelAccess.chiefOrOrganizer())
        .addHandler(chief::progress);
    api.getRoute("confirmCandidate").addHandler(Authz.role(Roles.EXAMINER)).addHandler(campaign)
        .addHandler(panelAccess.chief()).addHandler(chief::confirm);
    api.getRoute("reopenCandidate").addHandler(Authz.role(Roles.ORGANIZER)).addHandler(campaign)
        .addHandler(panelAccess.memberOrOrganizer()).addHandler(chief::reopen);
  }
}
