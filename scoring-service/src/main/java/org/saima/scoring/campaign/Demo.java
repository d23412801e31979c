package org.saima.scoring.campaign;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.saima.shared.audit.Actor;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.db.Store;
import org.saima.shared.db.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo data for SAIMA_DEMO=true: one open selection of county-level officials with four positions and
 * sixteen candidates, as an organization department would set it up. Loaded once.
 */
public final class Demo {
  private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
  public static final String NAME = "2026年临江市公开选拔县级领导干部";

  private record Position(String code, String name, String unit, int seats) {
  }

  private record Person(String name, String birth, int sequence, String position, String unit, String post) {
  }

  private static final List<Position> POSITIONS = List.of(
      new Position("XZ01", "市发展和改革委员会副主任", "临江市发展和改革委员会", 1),
      new Position("XZ02", "市财政局副局长", "临江市财政局", 1),
      new Position("XZ03", "市审计局副局长", "临江市审计局", 1),
      new Position("XZ04", "临江经济技术开发区管委会副主任", "临江经济技术开发区管理委员会", 2));

  private static final List<Person> PEOPLE = List.of(
      new Person("陈志远", "19830514", 13, "XZ01", "临江市发展和改革委员会", "综合规划科科长"),
      new Person("林晓燕", "19860922", 24, "XZ01", "临江市统计局", "综合统计科科长"),
      new Person("黄建明", "19810307", 35, "XZ01", "椒山县人民政府办公室", "副主任"),
      new Person("吴海峰", "19840118", 51, "XZ01", "临江市商务局", "对外贸易科科长"),
      new Person("周雅琴", "19850630", 62, "XZ02", "临江市财政局", "预算科科长"),
      new Person("郑国强", "19820811", 71, "XZ02", "临江市税务局第一分局", "副局长"),
      new Person("王丽华", "19871203", 82, "XZ02", "临江市国有资产监督管理委员会", "财务监督科科长"),
      new Person("刘德胜", "19800425", 93, "XZ03", "临江市审计局", "经济责任审计科科长"),
      new Person("张慧敏", "19880217", 104, "XZ03", "临江市纪委监委派驻第三纪检监察组", "副组长"),
      new Person("杨振华", "19830909", 115, "XZ03", "临江市财政局", "会计科科长"),
      new Person("何俊杰", "19850312", 127, "XZ04", "临江经济技术开发区管理委员会", "招商服务局局长"),
      new Person("许文静", "19860728", 138, "XZ04", "临江市科学技术局", "高新技术科科长"),
      new Person("邓立新", "19811019", 149, "XZ04", "江湾镇人民政府", "镇长"),
      new Person("冯晓东", "19840605", 151, "XZ04", "临江市自然资源和规划局", "用地管理科科长"),
      new Person("曹玉兰", "19870114", 162, "XZ04", "临江市生态环境局", "环境影响评价科科长"),
      new Person("彭少华", "19820830", 173, "XZ04", "临江市交通运输局", "综合运输科科长"));

  private Demo() {
  }

  public static Future<Void> load(Store store) {
    return store.pool().preparedQuery("SELECT id FROM core.campaigns WHERE name = $1").execute(Tuple.of(NAME))
        .compose(rows -> rows.size() > 0 ? Future.<Void>succeededFuture() : store.transaction(Demo::insert)
            .onSuccess(x -> LOG.info("demo campaign '{}' loaded", NAME)));
  }

  private static Future<Void> insert(Tx tx) {
    Actor demo = Actor.system("demo");
    return tx.conn().preparedQuery(CampaignSql.INSERT)
        .execute(Tuple.of(NAME, "中共临江市委组织部", "面向全市公开选拔县级领导干部，实行全程差额：笔试、人机对话、竞职演讲与现场答辩、民主推荐、差额考察。", null))
        .map(rows -> rows.iterator().next().getLong("id"))
        .compose(id -> tx.audit(demo, AuditEvent.of("campaign.create", "campaign", id, id,
                new JsonObject().put("name", NAME).put("demo", true)))
            .compose(x -> positions(tx, id)).compose(x -> candidates(tx, id)));
  }

  private static Future<Void> positions(Tx tx, long campaignId) {
    Future<Void> chain = Future.succeededFuture();
    for (Position p : POSITIONS) {
      chain = chain.compose(x -> tx.conn().preparedQuery(CampaignSql.POSITION_INSERT)
          .execute(Tuple.of(campaignId, p.code(), p.name(), p.unit(), p.seats())).mapEmpty());
    }
    return chain;
  }

  private static Future<Void> candidates(Tx tx, long campaignId) {
    String sql = "INSERT INTO core.candidates (campaign_id, position_id, name, id_card, unit, current_post)"
        + " SELECT $1, p.id, $3, $4, $5, $6 FROM core.positions p WHERE p.campaign_id = $1 AND p.code = $2";
    Future<Void> chain = Future.succeededFuture();
    for (Person person : PEOPLE) {
      chain = chain.compose(x -> tx.conn().preparedQuery(sql).execute(Tuple.of(campaignId, person.position(),
          person.name(), idCard(person), person.unit(), person.post())).mapEmpty());
    }
    return chain.compose(x -> tx.audit(Actor.system("demo"), AuditEvent.of("candidate.import", "campaign",
        campaignId, campaignId, new JsonObject().put("rows", PEOPLE.size()).put("demo", true)))).mapEmpty();
  }

  /** A well-formed number for a demo person: region 331002, their birth date, a sequence and check. */
  static String idCard(Person person) {
    String first17 = "331002" + person.birth() + String.format("%03d", person.sequence());
    return first17 + IdCard.checkCharacter(first17);
  }
}
