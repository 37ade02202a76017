/** A fictional district for newcomers to explore. Names and places are invented. */
export const demoDistrict = {
  name: 'Cedar Valley Unified School District (demo)',
  schools: [
    { name: 'Alder Creek Elementary', code: 'ACE' },
    { name: 'Birchwood Elementary', code: 'BWE' },
    { name: 'Cottonwood Elementary', code: 'CWE' },
    { name: 'Dogwood Primary', code: 'DWP' },
    { name: 'Elm Street Elementary', code: 'ESE' },
    { name: 'Juniper Middle School', code: 'JMS' },
    { name: 'Larkspur Middle School', code: 'LMS' },
    { name: 'Cedar Valley High School', code: 'CVHS' },
    { name: 'Riverside Early College High School', code: 'RECHS' },
  ],
  /** `title` is the job the plan's owner fields name as a role; the demo screen shows it too. */
  people: [
    { name: 'Dana Okafor', email: 'superintendent@cedarvalley.example', role: 'planner', title: 'Superintendent' },
    { name: 'Luis Herrera', email: 'chief.academic@cedarvalley.example', role: 'planner', title: 'Chief Academic Officer' },
    { name: 'Mei Tanaka', email: 'director.assessment@cedarvalley.example', role: 'contributor', title: 'Director of Assessment' },
    { name: 'Nadia Osei', email: 'student.services@cedarvalley.example', role: 'contributor', title: 'Director of Student Services' },
    { name: 'Grace Whitfield', email: 'principal.jms@cedarvalley.example', role: 'contributor', title: 'Principal, Juniper Middle School' },
    { name: 'Samuel Reyes', email: 'board.president@cedarvalley.example', role: 'viewer', title: 'Board President' },
    { name: 'Ana Lucía Cruz', email: 'board.member@cedarvalley.example', role: 'viewer', title: 'Board Member' },
    { name: 'Teresa Nguyen', email: 'family.engagement@cedarvalley.example', role: 'moderator', title: 'Family Engagement Coordinator' },
  ],
} as const;

/**
 * The password of the demo's people, published on the demo screen so anyone can try a role. It is
 * set only on accounts the demo itself creates, in a district marked as the demo; an account that
 * already existed keeps its own password.
 */
export const demoPassword = 'cedar-valley-demo';

/** A demo person by the part of the email before the @ (`superintendent`, `chief.academic`, ...). */
export type DemoHandle = (typeof demoDistrict.people)[number]['email'] extends `${infer Handle}@${string}` ? Handle : never;
