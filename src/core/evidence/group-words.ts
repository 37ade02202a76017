/**
 * Student group names as state files write them in headers of files wide by group ("Hispanic %
 * Met", "Econ Disadv Rate", "SWD Count"), longest first so "Non-Hispanic" is not read as Hispanic.
 * The label returned is the common name ("Hispanic" for "Hispanic/Latino"); the district's group list maps it later.
 */
const GROUP_PHRASES: [RegExp, string][] = [
  [/\ball students\b/i, 'All Students'],
  [/\b(african american|black or african american|black)\b/i, 'Black'],
  [/\b(hispanic or latino|hispanic\/latino|hispanic|latino|latinx)\b/i, 'Hispanic'],
  [/\bwhite\b/i, 'White'],
  [/\basian\b/i, 'Asian'],
  [/\b(american indian or alaska native|american indian|native american|alaska native)\b/i, 'American Indian'],
  [/\b(native hawaiian or other pacific islander|pacific islander|native hawaiian)\b/i, 'Pacific Islander'],
  [/\b(two or more races|two or more|multi[- ]?racial|multiple races)\b/i, 'Two or More Races'],
  [/\b(economically disadvantaged|econ(omic)? disadv\w*|low[- ]income|socioeconomically disadvantaged|poverty)\b/i, 'Economically Disadvantaged'],
  [/\b(english learners?|english language learners?|ell|els?|limited english proficient|lep)\b/i, 'English Learners'],
  [/\b(students with disabilities|special education|swd|sped|with disabilities)\b/i, 'Students with Disabilities'],
  [/\b(homeless)\b/i, 'Homeless'],
  [/\b(foster( care| youth)?)\b/i, 'Foster Care'],
  [/\b(military( connected)?)\b/i, 'Military Connected'],
  [/\b(migrant)\b/i, 'Migrant'],
  [/\b(neither female nor male|non[- ]?binary|gender x|x gender)\b/i, 'Neither Female nor Male'],
  [/\bfemale\b/i, 'Female'],
  [/\bmale\b/i, 'Male'],
];

/** The student group a header names, and the header's other words (the metric), or null. */
export function groupInHeader(header: string): { group: string; rest: string } | null {
  const words = header.replace(/[_]+/g, ' ');
  for (const [pattern, group] of GROUP_PHRASES) {
    const match = pattern.exec(words);
    if (match && !/\b(non|not)[\s-]*$/i.test(words.slice(0, match.index))) {
      const rest = `${words.slice(0, match.index)} ${words.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').replace(/^[\s\-–:,/]+|[\s\-–:,/]+$/g, '');
      return { group, rest };
    }
  }
  return null;
}
