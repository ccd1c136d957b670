package org.madoguchi.exchange.demo;

import java.util.List;

/** Common names with their readings; a few with variant kanji (髙, 﨑, 邊) that must survive storage unchanged. */
final class Names {

	record Name(String written, String kana) {
	}

	static final List<Name> FAMILY = List.of(new Name("佐藤", "サトウ"), new Name("鈴木", "スズキ"), new Name("高橋", "タカハシ"),
			new Name("田中", "タナカ"), new Name("伊藤", "イトウ"), new Name("渡辺", "ワタナベ"), new Name("山本", "ヤマモト"),
			new Name("中村", "ナカムラ"), new Name("小林", "コバヤシ"), new Name("加藤", "カトウ"), new Name("吉田", "ヨシダ"),
			new Name("山田", "ヤマダ"), new Name("佐々木", "ササキ"), new Name("山口", "ヤマグチ"), new Name("松本", "マツモト"),
			new Name("井上", "イノウエ"), new Name("木村", "キムラ"), new Name("林", "ハヤシ"), new Name("斎藤", "サイトウ"),
			new Name("清水", "シミズ"), new Name("山崎", "ヤマザキ"), new Name("森", "モリ"), new Name("池田", "イケダ"),
			new Name("橋本", "ハシモト"), new Name("阿部", "アベ"), new Name("石川", "イシカワ"), new Name("前田", "マエダ"),
			new Name("藤田", "フジタ"), new Name("小川", "オガワ"), new Name("岡田", "オカダ"), new Name("髙橋", "タカハシ"),
			new Name("山﨑", "ヤマザキ"), new Name("渡邊", "ワタナベ"), new Name("長谷川", "ハセガワ"), new Name("村上", "ムラカミ"),
			new Name("近藤", "コンドウ"), new Name("石井", "イシイ"), new Name("坂本", "サカモト"), new Name("遠藤", "エンドウ"),
			new Name("青木", "アオキ"));

	static final List<Name> MALE = List.of(new Name("太郎", "タロウ"), new Name("一郎", "イチロウ"), new Name("健太", "ケンタ"),
			new Name("翔太", "ショウタ"), new Name("大輔", "ダイスケ"), new Name("拓也", "タクヤ"), new Name("蓮", "レン"),
			new Name("陽翔", "ハルト"), new Name("悠真", "ユウマ"), new Name("湊", "ミナト"), new Name("誠", "マコト"),
			new Name("浩", "ヒロシ"), new Name("茂", "シゲル"), new Name("清", "キヨシ"), new Name("大和", "ヤマト"),
			new Name("亮", "リョウ"), new Name("直樹", "ナオキ"), new Name("和也", "カズヤ"), new Name("勇気", "ユウキ"),
			new Name("隆", "タカシ"));

	static final List<Name> FEMALE = List.of(new Name("花子", "ハナコ"), new Name("陽菜", "ヒナ"), new Name("結衣", "ユイ"),
			new Name("さくら", "サクラ"), new Name("美咲", "ミサキ"), new Name("葵", "アオイ"), new Name("凛", "リン"),
			new Name("芽依", "メイ"), new Name("恵子", "ケイコ"), new Name("幸子", "サチコ"), new Name("和子", "カズコ"),
			new Name("由美", "ユミ"), new Name("直子", "ナオコ"), new Name("久美子", "クミコ"), new Name("優子", "ユウコ"),
			new Name("千尋", "チヒロ"), new Name("愛", "アイ"), new Name("真由美", "マユミ"), new Name("明美", "アケミ"),
			new Name("杏", "アン"));

	/** Foreign residents: residence-card name in Roman letters, its reading, nationality, a typical status. */
	record Foreigner(String roman, String kana, String nationality, String status) {
	}

	static final List<Foreigner> FOREIGN = List.of(
			new Foreigner("NGUYEN VAN AN", "グエン ヴァン アン", "VNM", "technical-intern-training"),
			new Foreigner("TRAN THI HOA", "チャン ティ ホア", "VNM", "engineer"),
			new Foreigner("WANG FANG", "ワン ファン", "CHN", "permanent"),
			new Foreigner("LI WEI", "リー ウェイ", "CHN", "student"),
			new Foreigner("KIM MINJUN", "キム ミンジュン", "KOR", "special-permanent"),
			new Foreigner("PARK JIYEON", "パク ジヨン", "KOR", "spouse"),
			new Foreigner("SANTOS MARIA", "サントス マリア", "PHL", "long-term-resident"),
			new Foreigner("SILVA JOAO", "シルバ ジョアン", "BRA", "long-term-resident"),
			new Foreigner("GURUNG RAM", "グルン ラム", "NPL", "specified-skilled-worker-1"),
			new Foreigner("SMITH JOHN", "スミス ジョン", "USA", "highly-skilled-2"),
			new Foreigner("SUKARNO", "スカルノ", "IDN", "designated-activities"),
			new Foreigner("AHMED HASSAN", "アハメド ハサン", "AFG", "temporary-refuge"));

	static final List<String> TOWNS = List.of("千代田", "丸の内", "大手町", "神田司町", "神田神保町", "麹町", "一番町", "九段南",
			"飯田橋", "有楽町", "内幸町", "富士見", "三崎町", "猿楽町", "西神田");

	static final List<String> MINISTRIES = List.of("総務省", "法務省", "外務省", "財務省", "文部科学省", "厚生労働省", "農林水産省",
			"経済産業省", "国土交通省", "環境省", "防衛省", "デジタル庁");

	private Names() {
	}
}
