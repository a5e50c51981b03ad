// The part of Phaser the map uses, which the build puts in place of the whole library (vite.config.ts aliases
// `phaser` to this file; TypeScript still reads Phaser's own types). Phaser's modules register themselves when they
// are loaded — a scene plugin with the plugin cache, a game object with `this.add`, a file type with `this.load` —
// so each one the map calls is imported here even where nothing below names it. A Phaser feature the map starts to
// use must be added here too: the map's browser tests fail without it.
// First, as in Phaser's own entry: the renderers' modules require one another in a loop, which only resolves when
// it is entered from here (entered from the WebGL renderer, a batch handler meets its parent class still undefined).
import '../../node_modules/phaser/src/renderer/index.js';
// Loaded for what they register: the scene's plugins…
import '../../node_modules/phaser/src/events/EventEmitter.js';
import '../../node_modules/phaser/src/cameras/2d/CameraManager.js';
import '../../node_modules/phaser/src/gameobjects/GameObjectFactory.js';
import '../../node_modules/phaser/src/gameobjects/GameObjectCreator.js';
import '../../node_modules/phaser/src/scene/ScenePlugin.js';
import '../../node_modules/phaser/src/gameobjects/DisplayList.js';
import '../../node_modules/phaser/src/gameobjects/UpdateList.js';
import '../../node_modules/phaser/src/time/Clock.js';
import '../../node_modules/phaser/src/input/InputPlugin.js';
import '../../node_modules/phaser/src/loader/LoaderPlugin.js';
import '../../node_modules/phaser/src/tweens/TweenManager.js';
// …the map data's file type (`this.load.json`)…
import '../../node_modules/phaser/src/loader/filetypes/JSONFile.js';
// …and the game objects the map adds (`this.add.graphics`, `image`, `text`, `container`, `circle`, `rectangle`).
import '../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory.js';
import '../../node_modules/phaser/src/gameobjects/image/ImageFactory.js';
import '../../node_modules/phaser/src/gameobjects/text/TextFactory.js';
import '../../node_modules/phaser/src/gameobjects/container/ContainerFactory.js';
import '../../node_modules/phaser/src/gameobjects/shape/arc/ArcFactory.js';
import '../../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';

// What the map names.
import CONST from '../../node_modules/phaser/src/const.js';
import CoreEvents from '../../node_modules/phaser/src/core/events/index.js';
import Game from '../../node_modules/phaser/src/core/Game.js';
import Scene from '../../node_modules/phaser/src/scene/Scene.js';
import SceneEvents from '../../node_modules/phaser/src/scene/events/index.js';
import Scale from '../../node_modules/phaser/src/scale/index.js';
import Vector2 from '../../node_modules/phaser/src/math/Vector2.js';

export { Game, Scale, Scene };
export const { CANVAS, WEBGL } = CONST;
export const Core = { Events: CoreEvents };
export const Scenes = { Events: SceneEvents };
export const Math = { Vector2 };
