/**
 * Student groups and the reporting categories they belong to, as state report cards use them
 * (sex, race and ethnicity, English learner status, disability, economic status, migrant, ...).
 * The privacy rule needs the category of each group to know which groups together make up all
 * students, and districts write the same group many ways ("EL", "English learners", "ELL"), so
 * names are matched to one group first. The catalog is data passed in, not a global, so a
 * district's own list can later replace or extend the built-in one.
 */

export interface StudentGroupDefinition {
  /** Stable key, the same whatever the district calls the group: 'english_learner'. */
  key: string;
  /** The reporting category it belongs to; the groups of one category never overlap. */
  category: string;
  /** The names districts write for it; matched ignoring case, punctuation and spacing. The first is how a district's list shows it. */
  names: readonly string[];
}

export interface StudentGroupCatalog {
  groups: readonly StudentGroupDefinition[];
}

export interface MatchedStudentGroup {
  /** The catalog's key, or the cleaned name itself when nothing matched. */
  key: string;
  category: string;
  isKnown: boolean;
}

const group = (key: string, category: string, ...names: string[]): StudentGroupDefinition => ({ key, category, names });

export const builtInStudentGroups: StudentGroupCatalog = {
  groups: [
    group('female', 'sex', 'Female', 'Girls', 'F', 'Women'),
    group('male', 'sex', 'Male', 'Boys', 'M', 'Men'),
    group('nonbinary', 'sex', 'Nonbinary', 'Non-binary', 'X', 'Gender X', 'Another gender'),
    group('hispanic', 'race_ethnicity', 'Hispanic or Latino', 'Hispanic', 'Latino', 'Latina', 'Latinx', 'Hispanic/Latino', 'Hispanic/Latinx', 'Latino/a'),
    group('american_indian', 'race_ethnicity', 'American Indian or Alaska Native', 'American Indian', 'American Indian/Alaska Native', 'Native American', 'AIAN'),
    group('asian', 'race_ethnicity', 'Asian', 'Asian American'),
    group('black', 'race_ethnicity', 'Black or African American', 'Black', 'African American', 'Black/African American'),
    group('pacific_islander', 'race_ethnicity', 'Native Hawaiian or Other Pacific Islander', 'Pacific Islander', 'Native Hawaiian', 'Native Hawaiian/Pacific Islander', 'NHPI'),
    group('white', 'race_ethnicity', 'White', 'Caucasian'),
    group('multiracial', 'race_ethnicity', 'Two or more races', 'Two or More Races', 'Multiracial', 'Multi-racial', 'Two or more'),
    group('english_learner', 'english_learner_status', 'English learners', 'EL', 'ELL', 'ELs', 'English learner', 'English Language Learners', 'English Language Learner', 'Limited English proficient', 'LEP', 'Emergent bilingual', 'Multilingual learners', 'ML'),
    group('not_english_learner', 'english_learner_status', 'Not English learners', 'Non-EL', 'Not EL', 'Non-English learners', 'English proficient', 'Non-ELL'),
    group('students_with_disabilities', 'disability_status', 'Students with disabilities', 'SWD', 'Special education', 'IEP', 'Students with IEPs', 'With disabilities'),
    group('students_without_disabilities', 'disability_status', 'Students without disabilities', 'Non-SWD', 'Not SWD', 'General education', 'Without disabilities'),
    group('economically_disadvantaged', 'economic_status', 'Economically disadvantaged', 'Low income', 'Low-income', 'Free or reduced lunch', 'Free/reduced lunch', 'FRL', 'FRPL', 'Socioeconomically disadvantaged'),
    group('not_economically_disadvantaged', 'economic_status', 'Not economically disadvantaged', 'Non-economically disadvantaged', 'Not low income', 'Non-low income', 'Not FRL'),
    group('migrant', 'migrant_status', 'Migrant', 'Migratory'),
    group('not_migrant', 'migrant_status', 'Non-migrant', 'Not migrant'),
    group('homeless', 'housing_status', 'Homeless', 'Experiencing homelessness', 'McKinney-Vento'),
    group('not_homeless', 'housing_status', 'Not homeless', 'Housed'),
    group('foster_care', 'foster_care_status', 'Foster care', 'In foster care', 'Students in foster care'),
    group('not_foster_care', 'foster_care_status', 'Not in foster care'),
    group('military_connected', 'military_status', 'Military connected', 'Military-connected', 'Military families'),
    group('not_military_connected', 'military_status', 'Not military connected', 'Non-military'),
  ],
};

/** Lower case, "&" as "and", every run of punctuation or space as one space: "Hispanic/Latino" = "hispanic latino". */
export function normalizeGroupName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A catalog where the district's groups come first: a name the district defines wins over the
 * built-in meaning of the same name, and `replace` drops the built-in list altogether.
 */
export function extendStudentGroups(base: StudentGroupCatalog, own: readonly StudentGroupDefinition[], options: { replace?: boolean } = {}): StudentGroupCatalog {
  return { groups: options.replace ? [...own] : [...own, ...base.groups] };
}

/** Looks names up in one catalog; build once per catalog and reuse, since matching is per cell. */
export function studentGroupMatcher(catalog: StudentGroupCatalog): (name: string) => MatchedStudentGroup {
  const byName = new Map<string, StudentGroupDefinition>();
  for (const definition of catalog.groups) {
    for (const name of [definition.key, ...definition.names]) {
      const normalized = normalizeGroupName(name);
      if (!byName.has(normalized)) byName.set(normalized, definition);
    }
  }
  return (name) => {
    const normalized = normalizeGroupName(name);
    const known = byName.get(normalized);
    if (known) return { key: known.key, category: known.category, isKnown: true };
    // A group nothing matches is a category of one: it is not assumed to add up with any other
    // group (we cannot know that it does), but it is still compared with all students on its
    // own, since all students minus the group is itself a group that may be small.
    return { key: normalized, category: `unmatched:${normalized}`, isKnown: false };
  };
}

/**
 * The category and stable key of a group as a district named it. Unknown names are their own
 * category of one; see studentGroupMatcher for why that is the safe reading.
 */
export function matchStudentGroup(name: string, catalog: StudentGroupCatalog = builtInStudentGroups): MatchedStudentGroup {
  return studentGroupMatcher(catalog)(name);
}
