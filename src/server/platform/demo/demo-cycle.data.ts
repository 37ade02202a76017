/** The demo district's planning cycle: a CEC process a few weeks in, with its steering committee. */
export const demoCycle = {
  templateId: 'cec-strategic-planning',
  name: 'Strategic plan 2027-2032',
  /**
   * Days before the day the demo is loaded: CEC's first two phases last two weeks each, so the
   * readiness phase is just done and today falls inside the orientation phase.
   */
  startedDaysAgo: 21,
  committee: [
    { name: 'Dana Okafor', email: 'superintendent@cedarvalley.example', title: 'Superintendent', constituency: 'district_leadership', committeeRole: 'sponsor' },
    { name: 'Samuel Reyes', email: 'board.president@cedarvalley.example', title: 'Board president', constituency: 'board', committeeRole: 'member' },
    { name: 'Rosa Delgado', email: null, title: 'President, Cedar Valley Education Association', constituency: 'union_or_association', committeeRole: 'chair' },
    { name: 'Luis Herrera', email: 'chief.academic@cedarvalley.example', title: 'Chief Academic Officer', constituency: 'district_leadership', committeeRole: 'facilitator' },
    { name: 'Grace Whitfield', email: 'principal.jms@cedarvalley.example', title: 'Principal, Juniper Middle School', constituency: 'principals', committeeRole: 'member' },
    { name: 'Tomás Ibarra', email: null, title: 'Grade 3 teacher, Birchwood Elementary', constituency: 'teachers', committeeRole: 'member' },
    { name: 'Keisha Brown', email: null, title: 'Parent, district PTA council', constituency: 'families', committeeRole: 'member' },
    { name: 'Jordan Lee', email: null, title: 'Student, Cedar Valley High School', constituency: 'students', committeeRole: 'member' },
    { name: 'Priya Natarajan', email: null, title: 'Director, Cedar Valley Community Foundation', constituency: 'community', committeeRole: 'member' },
  ],
  norms: [
    'Start and end on time; materials go out two days before each meeting.',
    'Keep students at the centre of every discussion.',
    'Speak for the group you represent, and take what we learn back to them.',
    'Ground the conversation in evidence; name the data behind a claim.',
    'Disagree with ideas, not people.',
    'Once we decide, we speak about the decision with one voice.',
  ],
  stakeholderGroups: [
    { name: 'Families of English learners', constituency: 'families', estimatedSize: 1400, contacts: [{ name: 'Keisha Brown', email: 'keisha.brown@families.example' }, { name: 'Hoa Nguyen', email: 'hoa.nguyen@families.example' }] },
    { name: 'Teachers and support staff', constituency: 'teachers', estimatedSize: 820, contacts: [{ name: 'Tomás Ibarra', email: 'tomas.ibarra@cedarvalley.example' }] },
    { name: 'High-school students', constituency: 'students', estimatedSize: 2100, contacts: [{ name: 'Jordan Lee', email: 'jordan.lee@students.example' }] },
  ],
} as const;
