package org.footprint.analysis.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footprint.analysis.identify.IdentifierScanner;
import org.footprint.analysis.match.Hit;
import org.footprint.analysis.normalise.NormalisedText;
import org.footprint.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;

class SignalsTest {
  private static final RuleCatalogue CATALOGUE = RuleCatalogue.builtIn();
  private static final IdentifierScanner IDENTIFIERS = new IdentifierScanner();

  private static List<String> found(String signal, String text) {
    NormalisedText normalised = CATALOGUE.normaliser().normalise(text);
    TextAnalysis analysis = new TextAnalysis(normalised, CATALOGUE.lexicons(), IDENTIFIERS);
    return analysis.hits("signal:" + signal).stream().map((Hit hit) -> normalised.originalText(hit.start(), hit.end())).toList();
  }

  @Test
  void scare_quotes_are_a_few_words_in_quotation_marks() {
    assertThat(found("scare-quote", "Another 'lessons learned' meeting from the boss")).containsExactly("'lessons learned'");
    assertThat(found("scare-quote", "She was \"working from home\" again, and ‘busy’ all week")).containsExactly("\"working from home\"", "‘busy’");
    assertThat(found("scare-quote", "He's 'not feeling it' today")).containsExactly("'not feeling it'");
    assertThat(found("scare-quote", "The kids' coats and the teachers' mugs are in the hall")).isEmpty();
    assertThat(found("scare-quote", "She said \"I will be there at six and I will bring the forms\" which was kind")).isEmpty();
    assertThat(found("scare-quote", "\"Great shift\"")).isEmpty();
  }

  @Test
  void house_numbers_without_a_street() {
    assertThat(found("house-number", "Had words with the mum at no. 14 about the bins")).containsExactly("no. 14");
    assertThat(found("house-number", "I'm in at number 6 all afternoon")).containsExactly("number 6");
    assertThat(found("house-number", "Just knock, I'm at 12 Brackenfield")).containsExactly("12 Brackenfield");
    assertThat(found("house-number", "Straight in at number 1 in the charts")).isEmpty();
    assertThat(found("house-number", "Protest outside No 10 today")).isEmpty();
    assertThat(found("house-number", "See you at 7 Tuesday")).isEmpty();
    assertThat(found("house-number", "No 2 days are the same in this job")).isEmpty();
  }

  @Test
  void bed_bay_and_room_numbers() {
    assertThat(found("bed-number", "Obs on bed 7 every hour tonight")).containsExactly("bed 7");
    assertThat(found("bed-number", "The gent in Bay 2 and side room 3")).containsExactly("Bay 2", "side room 3");
    assertThat(found("bed-number", "Went to bed 2 hours ago and still awake")).isEmpty();
    assertThat(found("bed-number", "Room 4 had 30 people in it")).containsExactly("Room 4");
  }

  @Test
  void class_groups() {
    assertThat(found("class-group", "A boy in 6C made me laugh")).containsExactly("in 6C");
    assertThat(found("class-group", "Her dad from my Year 4 class")).containsExactly("from my Year 4");
    assertThat(found("class-group", "Filmed in 4K on my phone")).isEmpty();
    assertThat(found("class-group", "Back in 3D cinemas")).isEmpty();
  }

  @Test
  void a_first_name_inside_the_name_of_a_town_hospital_or_church_is_no_person() {
    assertThat(found("named-person", "The weather in Fort William is a joke again")).isEmpty();
    assertThat(found("named-person", "Parking at St Mary's was a nightmare, then St. Helens traffic")).isEmpty();
    assertThat(found("named-person", "William on reception never answers the phone")).containsExactly("William");
    assertThat(found("named-person", "Mary from St James's came to the handover")).containsExactly("Mary");
  }

  @Test
  void child_names_are_someone_elses_child() {
    assertThat(found("child-name", "Tell your Freddie he was brilliant")).containsExactly("Freddie");
    assertThat(found("child-name", "Poppy's mum brought cakes in")).containsExactly("Poppy");
    assertThat(found("child-name", "little Archie was so brave")).containsExactly("Archie");
    assertThat(found("child-name", "Proud of my little Archie today")).isEmpty();
    assertThat(found("child-name", "Our Poppy's nan is visiting")).isEmpty();
    assertThat(found("child-name", "Thanks Sarah for covering")).isEmpty();
  }

  @Test
  void pinned_places_and_wider_ages() {
    assertThat(found("place-name", "📍 Nando's, Trafford Centre")).contains("Nando's, Trafford Centre");
    assertThat(found("place-name", "Off to I'm not sure where tonight")).isEmpty();
    assertThat(found("age", "Stanley turns 101 on Friday")).containsExactly("turns 101");
    assertThat(found("age", "16 year old me would never have believed it")).isEmpty();
    assertThat(found("age", "Lovely gent, 88 and still driving")).containsExactly(", 88 ");
    assertThat(found("age", "My mum (78) is in on ward 3")).isEmpty();
    assertThat(found("initials", "Little R settled in well today")).containsExactly("Little R");
  }

  /** Ages, durations and bed numbers are searched only near their digits or words: matches at the edges, several close together. */
  @Test
  void patterns_tried_near_their_anchors_still_find_every_match() {
    assertThat(found("age", "5 year old and 7 year old brothers in today, 9 yr old tomorrow"))
        .containsExactly("5 year old", "7 year old", "9 yr old");
    assertThat(found("age", "Visited a resident's 95th do, the resident's 9")).containsExactly("resident's 9");
    assertThat(found("age", "A wee one aged 4")).containsExactly("aged 4");
    assertThat(found("age", "Ordered 24 pens and 12 pads")).isEmpty();
    assertThat(found("age", "The lad is about 16, maybe younger")).containsExactly("about 16");
    assertThat(found("duration", "Off for a couple of weeks, then three nights away")).containsExactly("for a couple of weeks", "three nights away");
    assertThat(found("duration", "for the whole fortnight")).containsExactly("for the whole fortnight");
    assertThat(found("duration", "Great day, lovely week")).isEmpty();
    assertThat(found("bed-number", "bed 4, bed 5 and incubator no. 2")).containsExactly("bed 4", "bed 5", "incubator no. 2");
    assertThat(found("titled-name", "Thanks to Dr Okafor and the Wilson family")).containsExactly("Dr Okafor", "the Wilson family");
    assertThat(found("house-number", "Parcel left at No.12 again")).containsExactly("No.12");
    assertThat(found("initials", "A lovely day. Met K.L. and Mr T")).containsExactly("K.L.", "Mr T");
    assertThat(found("initials", "A good day and I was proud")).isEmpty();
  }

  /** The anchors each pattern is now tried around: every way a match can begin or end is still found. */
  @Test
  void pre_filters_keep_every_form_the_patterns_allow() {
    assertThat(found("bed-number", "BED 4 then Bed No. 6, bed no 7, sideroom 2 and bedspace 9")).containsExactly("BED 4", "Bed No. 6", "bed no 7", "sideroom 2", "bedspace 9");
    assertThat(found("bed-number", "bed4 and cot3")).containsExactly("bed4", "cot3");
    assertThat(found("bed-number", "Casino 5 and piano 3 tonight")).isEmpty();
    assertThat(found("duration", "two weeks abroad, 10 days in Crete and a fortnight off")).containsExactly("two weeks abroad", "10 days in", "a fortnight");
    assertThat(found("duration", "for the half term and for the summer")).containsExactly("for the half term", "for the summer");
    assertThat(found("duration", "two weeks ago was a good week for everyone")).isEmpty();
    assertThat(found("scare-quote", "Don't you love it when they're 'on a call' all day")).containsExactly("'on a call'");
    assertThat(found("scare-quote", "It's the kids' 'quiet' time")).containsExactly("'quiet'");
    assertThat(found("scare-quote", "She said ' hello ' to me and left")).isEmpty();
    assertThat(found("initials", "Saw child AB and the boy CD, then little J.")).containsExactly("child AB", "boy CD", "little J");
    assertThat(found("initials", "Went to the USA with ABC")).isEmpty();
    assertThat(found("mention", "cc @team_lead and @NurseJo, not email@work")).containsExactly("@team_lead", "@NurseJo");
    assertThat(found("hashtag", "#proud of #team2024, not issue#5")).containsExactly("#proud", "#team2024");
    assertThat(found("age", "Mrs Jones (87) and a lad (15), but not (2024)")).containsExactly("(87)", "(15)");
    assertThat(found("clock-time", "Meet at 7, or 10:30, or 6pm")).containsExactly("at 7", "10:30", "6pm");
  }
}
