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
  people: [
    { name: 'Dana Okafor', email: 'superintendent@cedarvalley.example', role: 'planner' },
    { name: 'Luis Herrera', email: 'chief.academic@cedarvalley.example', role: 'planner' },
    { name: 'Mei Tanaka', email: 'director.assessment@cedarvalley.example', role: 'contributor' },
    { name: 'Grace Whitfield', email: 'principal.jms@cedarvalley.example', role: 'contributor' },
    { name: 'Samuel Reyes', email: 'board.president@cedarvalley.example', role: 'viewer' },
    { name: 'Ana Lucía Cruz', email: 'board.member@cedarvalley.example', role: 'viewer' },
  ],
} as const;
