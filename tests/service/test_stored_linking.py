"""Linking a new upload with everything stored (issue 5): decisions uploaded one by one are
linked with the stored decisions of their 化整为零 scheme (nominee companies of one legal
representative, one agency, one provision, within 180 days) and of their repeat group, through
the real API, pipeline and SQLite database; unrelated stored decisions are not pulled; an existing database is upgraded with the new keys filled from its stored records."""

from __future__ import annotations

from alembic import command
from sqlalchemy import JSON, bindparam, select, text

from service.db.engine import alembic_config, make_engine, migrate, session_scope
from service.db.models import Document, FindingRow, PartyLink
from service.labels import Correction, apply_correction
from service.processing.linking import related_documents, scheme_columns, stored_context
from service.processing.tasks import analyze_file
from tests.scoring.test_linking_schemes import wildlife_sale
from tests.service.conftest import bearer, upload


def _nominee(name: str, code: str, address: str) -> str:
    return f"当事人：{name}\n统一社会信用代码：{code}\n法定代表人：梁燕红\n地址：{address}"


# three companies under one legal representative, each selling one piece (刑法第341条: 2万元)
NOMINEES = [
    wildlife_sale(2, _nominee("乳山市燕红工艺品有限公司", "91371083MA3C1A2B3C", "山东省威海市乳山市城南大道98号"),
                  "当事人于2023年1月24日在其经营的店铺内出售象牙制品，经鉴定为国家重点保护野生动物制品，价值14110元。",
                  "2023年11月12日"),
    wildlife_sale(42, _nominee("乳山市海川药材有限公司", "91371083MA3D4E5F6G", "山东省威海市乳山市解放路12号"),
                  "当事人于2023年2月3日在其经营的店铺内出售熊胆粉，经鉴定为国家重点保护野生动物制品，价值10160元。",
                  "2023年11月21日"),
    wildlife_sale(57, _nominee("乳山市百川收藏品有限公司", "91371083MA3H7J8K9L", "山东省威海市乳山市青年路7号"),
                  "当事人于2023年3月15日在其经营的店铺内出售虎骨，经鉴定为国家重点保护野生动物制品，价值11841元。",
                  "2023年12月26日"),
]
# another agency's decision on another provision against another party: nothing in common
UNRELATED = """湖南省应急管理厅
行政处罚决定书
湘应急执法罚[2023]8号
当事人：长沙顺达化工贸易有限公司
统一社会信用代码：91430100MA4L0XYZ1K
法定代表人：周立新
地址：长沙市岳麓区麓谷大道88号
经查，当事人未取得危险化学品经营许可证经营危险化学品，违法所得5000元。
当事人的上述行为违反了《危险化学品安全管理条例》第三十三条第1款的规定。
依照《危险化学品安全管理条例》第七十七条第3款的规定，本局决定罚款100000元。
湖南省应急管理厅
2023年12月1日
"""
COMPANY = """{agency}
行政处罚决定书
{number}
当事人：{name}
统一社会信用代码：{code}
法定代表人：{representative}
地址：{address}
经查，当事人于{act}在其经营场所销售过期食品，货值金额3000元，违法所得500元。
当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第十项的规定。
依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，本局决定罚款50000元。
{agency}
{decided}
"""


def _company(number: str, decided: str, act: str, *, name: str = "乳山市鑫源食品有限公司",
             code: str = "91371083MA3C8Q2X5L", representative: str = "宋德明",
             address: str = "山东省威海市乳山市胜利街66号", agency: str = "乳山市市场监督管理局") -> str:
    return COMPANY.format(agency=agency, number=number, name=name, code=code, representative=representative,
                          address=address, act=act, decided=decided)


def _findings(client, name: str, rule: str) -> list[FindingRow]:
    with session_scope(client.app.state.sessions) as session:
        pk = session.scalar(select(Document.id).where(Document.name == name))
        return list(session.scalars(select(FindingRow).where(FindingRow.document_pk == pk, FindingRow.rule == rule)))


def _document_ids(client, *names: str) -> set[str]:
    with session_scope(client.app.state.sessions) as session:
        return set(session.scalars(select(Document.document_id).where(Document.name.in_(names))))


def test_third_nominee_decision_is_summed_with_the_two_stored_ones(make_client):
    client = make_client(analyze=analyze_file)
    clerk = bearer(client, "li", "prosecutor")
    upload(client, clerk, [("unrelated.txt", UNRELATED.encode("utf-8"))])
    for index, decision_text in enumerate(NOMINEES):
        upload(client, clerk, [(f"n{index}.txt", decision_text.encode("utf-8"))])
    assert not _findings(client, "n0.txt", "aggregate.split.v1")  # 14110元 alone: under 2万元 (刑法第341条)
    second = _findings(client, "n1.txt", "aggregate.split.v1")  # with the stored first: 24270元
    assert len(second) == 1 and "2份处罚决定（1.411万元+1.016万元）" in second[0].explanation
    split = _findings(client, "n2.txt", "aggregate.split.v1")
    assert len(split) == 1 and "不同名义当事人" in split[0].explanation
    assert "3份处罚决定（1.411万元+1.016万元+1.1841万元）" in split[0].explanation
    cited = {item.get("document_id") for item in split[0].evidence} - {None}
    assert cited == _document_ids(client, "n0.txt", "n1.txt")

    with session_scope(client.app.state.sessions) as session:
        record = session.scalar(select(Document.record).where(Document.name == "n2.txt"))
        pulled = {item["document_id"] for item in stored_context(session, [record])}
    assert pulled == _document_ids(client, "n0.txt", "n1.txt")  # not the unrelated decision


def test_repeat_offender_is_found_among_stored_decisions(make_client):
    client = make_client(analyze=analyze_file)
    clerk = bearer(client, "li", "prosecutor")
    upload(client, clerk, [("first.txt", _company("乳市监罚〔2023〕11号", "2023年4月3日", "2023年2月10日").encode())])
    upload(client, clerk, [("unrelated.txt", UNRELATED.encode("utf-8"))])
    upload(client, clerk, [("second.txt", _company("乳市监罚〔2024〕5号", "2024年3月20日", "2024年1月8日").encode())])
    found = _findings(client, "second.txt", "repeat_offender.v1")
    assert len(found) == 1 and "已受行政处罚1次" in found[0].explanation
    assert {item.get("document_id") for item in found[0].evidence} - {None} == _document_ids(client, "first.txt")
    assert not _findings(client, "first.txt", "repeat_offender.v1")


def test_a_legal_representative_or_address_ties_stored_decisions_within_two_years(make_client):
    """Another company under the same legal representative (another agency, another provision),
    and a third at its address, are pulled within two years of the new decision, a company of the
    same representative decided four years before is not; an unrelated decision never. The clue
    page's related documents stay the party's own."""
    client = make_client(analyze=analyze_file)
    clerk = bearer(client, "li", "prosecutor")
    other = dict(name="乳山市鑫达商贸有限公司", code="91371083MA3D1K7Y2P", agency="威海市生态环境局",
                 address="山东省威海市乳山市青山路3号")
    upload(client, clerk, [("near.txt", _company("威环罚〔2023〕2号", "2023年6月1日", "2023年3月2日",
                                                 **other).encode())])
    upload(client, clerk, [("far.txt", _company("威环罚〔2020〕9号", "2020年6月1日", "2020年3月2日", **{
        **other, "name": "乳山市鑫盛建材有限公司", "code": "91371083MA3A9H6W4R", "address": "乳山市府前路1号"}).encode())])
    upload(client, clerk, [("same_address.txt", _company(
        "威环罚〔2023〕7号", "2023年9月1日", "2023年5月2日", name="乳山市鑫隆物流有限公司",
        code="91371083MA3E2L8Z3Q", representative="孙立", agency="威海市生态环境局").encode())])
    upload(client, clerk, [("unrelated.txt", UNRELATED.encode("utf-8"))])
    new = analyze_file(_company("乳市监罚〔2024〕5号", "2024年3月20日", "2024年1月8日").encode(), "new.txt")[0]
    with session_scope(client.app.state.sessions) as session:
        assert session.scalar(select(Document.scheme_agency).where(Document.name == "near.txt")) == "威海市生态环境局"
        pulled = {item["document_id"] for item in stored_context(session, [new])}
    assert pulled == _document_ids(client, "near.txt", "same_address.txt")
    upload(client, clerk, [("new.txt", _company("乳市监罚〔2024〕5号", "2024年3月20日", "2024年1月8日").encode())])
    with session_scope(client.app.state.sessions) as session:  # the clue page lists the party's own only
        pk = session.scalar(select(Document.id).where(Document.name == "new.txt"))
        assert related_documents(session, pk) == []


def test_an_existing_database_is_upgraded_with_the_keys_filled(settings):
    engine = make_engine(settings)
    config = alembic_config(engine)
    command.upgrade(config, "0005")
    record = analyze_file(NOMINEES[0].encode("utf-8"), "n0.txt")[0]
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO stored_files (sha256, name, media_type, size, created_at) "
                                "VALUES ('ab', 'n0.txt', 'text/plain', 1, '2024-01-01')"))
        connection.execute(text("INSERT INTO dossiers (id, name, created_at) VALUES (1, 'd', '2024-01-01')"))
        connection.execute(text(
            "INSERT INTO documents (id, document_id, file_sha256, dossier_id, name, media_type, status, pages, "
            "completeness, text, record, decision_date, created_at) VALUES (7, :document_id, 'ab', 1, 'n0.txt', "
            "'text/plain', 'ok', 1, 1.0, '', :record, '2023-11-12', '2024-01-01')").bindparams(
            bindparam("record", type_=JSON)), {"document_id": record["document_id"], "record": record})
    migrate(engine)
    with engine.connect() as connection:
        agency, provision = connection.execute(
            text("SELECT scheme_agency, scheme_provision FROM documents WHERE id = 7")).one()
        keys = set(connection.execute(select(PartyLink.party_key).where(PartyLink.document_pk == 7)).scalars())
    engine.dispose()
    assert (agency, provision) == tuple(scheme_columns(record).values())
    assert agency == "威海市乳山市林业局" and provision.startswith("中华人民共和国野生动物保护法:28")
    assert keys == {"rep:梁燕红", "addr:山东省威海市乳山市城南大道98"}


def test_a_corrected_violated_provision_moves_the_document_to_its_new_window(make_client):
    client = make_client(analyze=analyze_file)
    upload(client, bearer(client, "li", "prosecutor"), [("n0.txt", NOMINEES[0].encode("utf-8"))])
    with session_scope(client.app.state.sessions) as session:
        document = session.scalar(select(Document).where(Document.name == "n0.txt"))
        assert document.scheme_provision == "中华人民共和国野生动物保护法:28"
        statutes = document.record["fields"]["statutes"]
        index = next(i for i, statute in enumerate(statutes) if statute["role"] == "violated")
        apply_correction(document, Correction(field="statute", index=index, article=27))
    with session_scope(client.app.state.sessions) as session:
        provision = session.scalar(select(Document.scheme_provision).where(Document.name == "n0.txt"))
    assert provision == "中华人民共和国野生动物保护法:27"
