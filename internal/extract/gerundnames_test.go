package extract

import (
	"testing"

	"annals"
)

// TestGerundOpensNoName: a bullet's or a headline's verb in "-ing" and
// "the" (or "on the") opens no name: "Establishing the Coral Reef
// Partnership" names the partnership, "Delivering on the Partnership for
// Clean Ports (PCP)" the partnership with its acronym; an object with no
// body's head ("Improving the Customer Experience and Service Delivery")
// is no body. "Manufacturing Extension Partnership" and "Feeding
// America" open with no verb and "the". Made-up bodies.
func TestGerundOpensNoName(t *testing.T) {
	checkNames(t, []nameCase{
		{"Establishing the Coral Reef Partnership. The partners agreed to work together.", "Coral Reef Partnership", "Establishing the Coral Reef Partnership"},
		{"Delivering on the Partnership for Clean Ports (PCP): the leaders met in Lima.", "Partnership for Clean Ports", "Delivering on the Partnership for Clean Ports"},
		{"- Launching the Global Kelp Alliance to cut emissions.", "Global Kelp Alliance", "Launching the Global Kelp Alliance"},
		{"The Manufacturing Extension Partnership helps small firms.", "Manufacturing Extension Partnership", ""},
	})
	checkNotOfType(t, annals.Org, []string{
		"Improving the Customer Experience and Service Delivery. The agencies will publish new tools.",
	}, "Improving the Customer Experience and Service Delivery", "Customer Experience and Service Delivery")
	checkRoles(t, []roleCase{
		{name: "a director of the object", text: "Returning the Peace Corps. Peace Corps Director Carla Spahr visited Suva in May.",
			want: []roleWant{{"Carla Spahr", "Director", "Peace Corps"}},
			not:  []roleWant{{"Carla Spahr", "", "Returning the Peace Corps"}}},
	})
}
