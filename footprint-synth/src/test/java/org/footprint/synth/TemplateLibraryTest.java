package org.footprint.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.footprint.model.Category;
import org.junit.jupiter.api.Test;

class TemplateLibraryTest {
  private final TemplateLibrary library = TemplateLibrary.standard();

  @Test
  void has_at_least_120_benign_templates_and_25_for_every_category() {
    assertThat(library.templates(TemplateLibrary.BENIGN)).hasSizeGreaterThanOrEqualTo(120);
    for (Category category : Category.risks()) {
      assertThat(library.templates(category.id())).as(category.id()).hasSizeGreaterThanOrEqualTo(25);
    }
  }

  @Test
  void every_profession_has_several_templates_in_every_category() {
    for (Profession profession : Profession.values()) {
      assertThat(library.templates(TemplateLibrary.BENIGN, profession).size()).isGreaterThanOrEqualTo(100);
      for (Category category : Category.risks()) {
        assertThat(library.templates(category.id(), profession).size())
            .as("%s templates for %s", category.id(), profession.label())
            .isGreaterThanOrEqualTo(10);
      }
    }
  }

  @Test
  void templates_carry_their_file_category_and_benign_ones_carry_none() {
    assertThat(library.templates(TemplateLibrary.BENIGN)).allMatch(t -> t.categories().isEmpty());
    for (Category category : Category.risks()) {
      assertThat(library.templates(category.id())).allMatch(t -> t.categories().contains(category));
    }
  }

  @Test
  void every_template_fills_in_for_every_profession_it_suits() {
    Engine engine = new Engine(31);
    List<Persona> personas = List.of(engine.persona(), engine.persona(), engine.persona(), engine.persona(),
        engine.persona(), engine.persona(), engine.persona(), engine.persona(), engine.persona(), engine.persona());
    for (String key : keys()) {
      for (Template template : library.templates(key)) {
        for (Profession profession : Profession.values()) {
          if (!template.suits(profession)) {
            continue;
          }
          Persona persona = personas.stream().filter(p -> p.profession() == profession).findFirst()
              .orElseGet(() -> withProfession(personas.get(0), profession));
          for (int i = 0; i < 5; i++) {
            String text = engine.write(template, persona, Padding.CORPUS).text();
            assertThat(text).as(template.source()).doesNotContain("{", "}", "  ").isNotBlank();
          }
        }
      }
    }
  }

  @Test
  void directives_are_read_from_either_end_of_a_line() {
    Template template = TemplateLibrary.parse("test:1", "%nurse %morning Hello {me} %m1/2 %weekend %+profanity",
        Set.of(Category.SUBSTANCES));
    assertThat(template.text()).isEqualTo("Hello {me}");
    assertThat(template.professions()).containsExactly(Profession.NURSE);
    assertThat(template.timing()).isEqualTo(Template.Timing.MORNING);
    assertThat(template.months()).containsExactly(1, 2);
    assertThat(template.days()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(template.categories()).containsExactlyInAnyOrder(Category.SUBSTANCES, Category.PROFANITY);
  }

  @Test
  void refuses_an_unknown_directive() {
    assertThatThrownBy(() -> TemplateLibrary.parse("test:1", "%sometimes Hello", Set.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("%sometimes");
  }

  private static List<String> keys() {
    List<String> keys = new java.util.ArrayList<>();
    keys.add(TemplateLibrary.BENIGN);
    for (Category category : Category.risks()) {
      keys.add(category.id());
    }
    return keys;
  }

  private static Persona withProfession(Persona p, Profession profession) {
    return new Persona(p.name(), profession, p.employer(), p.homeTown(), p.homeStreet(), p.houseNumber(), p.postcode(),
        p.childName(), p.childSchool(), p.colleagueName(), p.managerName(), p.partnerName(), p.handle(), p.phone(),
        p.carRegistration());
  }
}
